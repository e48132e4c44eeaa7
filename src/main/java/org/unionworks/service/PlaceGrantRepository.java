package org.unionworks.service;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceGrantRepository extends JpaRepository<PlaceGrant, Long> {

    List<PlaceGrant> findByPlaceIdOrderByGrantedOnDesc(long placeId);
}
