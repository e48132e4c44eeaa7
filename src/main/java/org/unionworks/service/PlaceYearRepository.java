package org.unionworks.service;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceYearRepository extends JpaRepository<PlaceYear, Long> {

    List<PlaceYear> findByPlaceIdOrderByUseYearDesc(long placeId);

    Optional<PlaceYear> findByPlaceIdAndUseYear(long placeId, int useYear);
}
