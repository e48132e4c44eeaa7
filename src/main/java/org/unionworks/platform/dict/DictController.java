package org.unionworks.platform.dict;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.Texts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Reading dictionaries is open to every signed-in user; editing needs dict:write. */
@RestController
@RequestMapping("/api/dicts")
class DictController {

    private final DictItemRepository items;
    private final Dictionaries dictionaries;
    private final JdbcClient jdbc;

    DictController(DictItemRepository items, Dictionaries dictionaries, JdbcClient jdbc) {
        this.items = items;
        this.dictionaries = dictionaries;
        this.jdbc = jdbc;
    }

    record DictTypeView(String code, String name, String description, boolean standard, long count) {
    }

    record DictItemView(Long id, String code, String label, String synonyms, String parentCode, int sortOrder, boolean enabled,
                        Long version) {
        static DictItemView of(DictItem i) {
            return new DictItemView(i.getId(), i.getCode(), i.getLabel(), i.getSynonyms(), i.getParentCode(), i.getSortOrder(),
                    i.isEnabled(), i.getVersion());
        }
    }

    record NewItem(@NotBlank(message = "代码不能为空") @Size(max = 20, message = "代码不能超过20个字符")
                   @Pattern(regexp = "[0-9A-Za-z_]+", message = "代码只能包含字母、数字和下划线") String code,
                   @NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称不能超过100个字符") String label,
                   @Size(max = 20, message = "上级代码不能超过20个字符") String parentCode,
                   int sortOrder) {
    }

    /** A label change, with the other words for the entry that imports accept ({@code synonyms}, 、-separated). */
    record ItemChange(@NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称不能超过100个字符") String label,
                      @Size(max = 500, message = "同义词不能超过500个字符") String synonyms,
                      int sortOrder, boolean enabled,
                      @NotNull(message = "缺少版本号") Long version) {
    }

    @GetMapping
    List<DictTypeView> types() {
        return jdbc.sql("""
                select t.code, t.name, t.description, t.standard, count(i.id) as n
                from dict_type t left join dict_item i on i.type_code = t.code
                group by t.code, t.name, t.description, t.standard order by t.code""")
                .query((rs, n) -> new DictTypeView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getLong(5)))
                .list();
    }

    /** All entries of a list, or with {@code parent} the children of one entry (divisions are a tree). */
    @GetMapping("/{type}")
    @Transactional(readOnly = true)
    List<DictItemView> items(@PathVariable String type, @RequestParam(required = false) String parent,
                             @RequestParam(defaultValue = "false") boolean roots) {
        requireType(type);
        List<DictItem> found;
        if (parent != null) {
            found = items.findByTypeCodeAndParentCodeOrderBySortOrderAscCodeAsc(type, parent);
        } else if (roots) {
            found = items.findByTypeCodeAndParentCodeIsNullOrderBySortOrderAscCodeAsc(type);
        } else {
            found = items.findByTypeCodeOrderBySortOrderAscCodeAsc(type);
        }
        return found.stream().map(DictItemView::of).toList();
    }

    @PostMapping("/{type}")
    @PreAuthorize("hasAuthority('dict:write')")
    @Transactional
    DictItemView add(@PathVariable String type, @Valid @RequestBody NewItem body) {
        requireType(type);
        String code = Texts.normalize(body.code());
        if (items.findByTypeCodeAndCode(type, code).isPresent()) {
            throw new ConflictException("代码“" + code + "”已存在");
        }
        DictItem item = items.save(new DictItem(type, code, Texts.clean(body.label()),
                Texts.blankToNull(body.parentCode()), body.sortOrder()));
        dictionaries.evict(type);
        return DictItemView.of(item);
    }

    @PutMapping("/{type}/{id}")
    @PreAuthorize("hasAuthority('dict:write')")
    @Transactional
    DictItemView change(@PathVariable String type, @PathVariable long id, @Valid @RequestBody ItemChange body) {
        DictItem item = items.findById(id).filter(i -> i.getTypeCode().equals(type))
                .orElseThrow(() -> new NotFoundException("字典项"));
        if (!item.getVersion().equals(body.version())) {
            throw new ConflictException("该字典项已被他人修改，请刷新后重试");
        }
        item.relabel(Texts.clean(body.label()), Dictionaries.synonymsText(body.synonyms()), body.sortOrder(), body.enabled());
        dictionaries.evict(type);
        return DictItemView.of(items.saveAndFlush(item));
    }

    private void requireType(String type) {
        boolean exists = jdbc.sql("select count(*) from dict_type where code = :c").param("c", type)
                .query(Long.class).single() > 0;
        if (!exists) {
            throw new NotFoundException("字典“" + type + "”");
        }
    }
}
