package org.unionworks.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.service.web.ServiceViews;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The federation's district boundaries for the map, as GeoJSON from its own surveying authority (maps shown in China
 * must use approved data, so none is shipped or fetched): one file for the deployment, replaced by the city federation.
 */
@Component
class MapBoundaries {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final OrgTree orgTree;
    private final AuditService audit;
    private final JsonMapper json = JsonMapper.builder().build();

    MapBoundaries(JdbcClient jdbc, OrgTree orgTree, AuditService audit) {
        this.jdbc = jdbc;
        this.orgTree = orgTree;
        this.audit = audit;
    }

    Optional<ServiceViews.Boundary> current() {
        return jdbc.sql("select file_name, features, uploaded_by, uploaded_at, geojson from map_boundary order by id desc")
                .query((rs, n) -> new ServiceViews.Boundary(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), false)).list().stream().findFirst();
    }

    /** The boundary as the signed-in caller sees it: empty before one is uploaded; replaceable by the city federation. */
    ServiceViews.Boundary forCaller() {
        boolean replaceable = CurrentUsers.require().unionId() == orgTree.rootId();
        return current().map(b -> new ServiceViews.Boundary(b.fileName(), b.features(), b.uploadedBy(), b.uploadedAt(), b.geojson(), replaceable))
                .orElse(new ServiceViews.Boundary(null, null, null, null, null, replaceable));
    }

    @Transactional
    ServiceViews.Boundary replace(MultipartFile file) throws IOException {
        var user = CurrentUsers.require();
        if (user.unionId() != orgTree.rootId()) {
            throw new ForbiddenException("地图边界由市总工会统一上传");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "请选择GeoJSON文件");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException("file", "边界文件不能超过8MB，请先简化边界");
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        int features = features(text);
        String name = file.getOriginalFilename() == null ? "boundary.geojson" : file.getOriginalFilename();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("delete from map_boundary").update();
        jdbc.sql("insert into map_boundary (file_name, geojson, features, uploaded_by, uploaded_at) values (:f, :g, :n, :u, :t)")
                .param("f", name).param("g", text).param("n", features).param("u", user.username()).param("t", now).update();
        audit.record(AuditAction.UPDATE, "MapBoundary", null, "上传地图边界" + name + "（" + features + "个区域）",
                Map.of("fileName", name, "features", features));
        return new ServiceViews.Boundary(name, features, user.username(), now, text, true);
    }

    /** The number of polygon features of a GeoJSON FeatureCollection; anything else is refused with the reason. */
    int features(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (RuntimeException e) {
            throw new InvalidInputException("file", "文件不是有效的GeoJSON（JSON格式错误）");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new InvalidInputException("file", "GeoJSON的type应为FeatureCollection");
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new InvalidInputException("file", "GeoJSON中没有区域（features为空）");
        }
        int n = 0;
        for (JsonNode f : features) {
            String type = f.path("geometry").path("type").asString("");
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                throw new InvalidInputException("file", "第" + (n + 1) + "个区域的几何类型应为Polygon或MultiPolygon");
            }
            if (f.path("properties").path("name").asString("").isBlank()) {
                throw new InvalidInputException("file", "第" + (n + 1) + "个区域缺少名称（properties.name）");
            }
            n++;
        }
        return n;
    }
}
