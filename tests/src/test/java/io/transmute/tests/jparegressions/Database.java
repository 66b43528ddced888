package io.transmute.tests.jparegressions;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;

/**
 * A real Hibernate ORM session factory on a fresh in-memory H2 database, with statistics on, so
 * that tests count the SQL statements a conversion runs.
 */
final class Database implements AutoCloseable {
    private static int databases;

    private final SessionFactory sessionFactory;

    Database(Class<?>... entities) {
        sessionFactory = new HibernatePersistenceConfiguration("transmute-tests")
                .managedClasses(entities)
                .jdbcUrl("jdbc:h2:mem:transmute" + (++databases) + ";DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
                .collectStatistics(true)
                .createEntityManagerFactory();
    }

    /** Runs {@code work} in a transaction and returns its result; entities come back detached. */
    <T> T fromTransaction(Function<EntityManager, T> work) {
        return sessionFactory.fromTransaction(session -> work.apply(session));
    }

    void inTransaction(Consumer<EntityManager> work) {
        sessionFactory.inTransaction(work::accept);
    }

    /** The number of SQL statements {@code work} prepares. Statistics are per factory: single-threaded. */
    long statementsOf(Runnable work) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
