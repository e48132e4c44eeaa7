package org.unionworks.platform.data;

import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.EntityManagerFactory;

/**
 * On a Citus cluster ({@code unionworks.database.distributed}) a transaction that writes runs its statements over the
 * distributed tables through one connection per node. Citus cannot otherwise change a table on the coordinator (the
 * reference tables, the Citus local ones) after the same transaction read distributed tables over several connections
 * ("cannot modify table … because there was a parallel operation on a distributed table"), as submitting an annual
 * return does after its checks read the districts' rows. Read-only work keeps reading the shards in parallel.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "unionworks.database.distributed", havingValue = "true")
class DistributedTransactions {

    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new SequentialWrites(entityManagerFactory);
    }

    private static final class SequentialWrites extends JpaTransactionManager {

        SequentialWrites(EntityManagerFactory entityManagerFactory) {
            super(entityManagerFactory);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            super.doBegin(transaction, definition);
            if (definition.isReadOnly()) {
                return;
            }
            var holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(getDataSource());
            try (Statement s = holder.getConnection().createStatement()) {
                s.execute("set local citus.multi_shard_modify_mode to 'sequential'");
            } catch (SQLException e) {
                throw new CannotCreateTransactionException("could not set the transaction's Citus execution mode", e);
            }
        }
    }
}
