/**
 * Who is acting and which rows they may touch. The data scope is one Hibernate filter,
 * auto-enabled in every session and applied to loads by id, whose only parameter is the
 * path prefix of the acting user's union. Every scoped entity declares it with
 * {@code @Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)}.
 */
@NamedInterface("access")
@FilterDef(name = DataScope.FILTER, autoEnabled = true, applyToLoadByKey = true,
        defaultCondition = DataScope.BY_UNION,
        parameters = @ParamDef(name = DataScope.PARAM, type = String.class, resolver = ScopePathResolver.class))
package org.unionworks.platform.access;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.springframework.modulith.NamedInterface;
