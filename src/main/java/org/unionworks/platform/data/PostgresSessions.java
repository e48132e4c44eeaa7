package org.unionworks.platform.data;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL sessions plan every statement for the values it runs with. The data are skewed (a common
 * surname and a rare one, the whole city and one town), and the driver's prepared statements otherwise
 * switch after five runs to one generic plan: for a name search sorted by newest first that plan walked
 * the member table backwards filtering a million rows (0.6 s, 20 s for a rare name; 6 ms planned for the
 * name). Planning costs a millisecond or two per statement.
 */
@Component
class PostgresSessions implements BeanPostProcessor {

    static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(INIT_SQL);
        }
        return bean;
    }
}
