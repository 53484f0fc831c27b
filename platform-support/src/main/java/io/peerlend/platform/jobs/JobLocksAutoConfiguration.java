package io.peerlend.platform.jobs;

import java.util.concurrent.Executors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster-wide job locks (ShedLock) in the event store's PostgreSQL (table {@code shedlock}, migration
 * {@code V2__job_locks.sql}), the database's own clock deciding expiry. A held lock is extended while its job works,
 * so a job may run for hours, yet the lock of an instance that died lapses within its 30 s and another takes over.
 * For the services' resumable jobs (lending's close of business, KYC's re-screening after new sanctions lists).
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(JdbcTemplateLockProvider.class)
@ConditionalOnBean(DataSource.class)
public class JobLocksAutoConfiguration {

    @Bean
    LockingTaskExecutor jobLocks(DataSource dataSource) {
        JdbcTemplateLockProvider jdbc = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return new DefaultLockingTaskExecutor(new KeepAliveLockProvider(
                jdbc, Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "job-lock-keep-alive");
                    t.setDaemon(true);
                    return t;
                })));
    }
}
