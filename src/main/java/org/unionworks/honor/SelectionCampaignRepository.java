package org.unionworks.honor;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelectionCampaignRepository extends JpaRepository<SelectionCampaign, Long> {
}
