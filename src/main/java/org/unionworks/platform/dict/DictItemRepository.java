package org.unionworks.platform.dict;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DictItemRepository extends JpaRepository<DictItem, Long> {

    List<DictItem> findByTypeCodeOrderBySortOrderAscCodeAsc(String typeCode);

    List<DictItem> findByTypeCodeAndParentCodeOrderBySortOrderAscCodeAsc(String typeCode, String parentCode);

    List<DictItem> findByTypeCodeAndParentCodeIsNullOrderBySortOrderAscCodeAsc(String typeCode);

    Optional<DictItem> findByTypeCodeAndCode(String typeCode, String code);
}
