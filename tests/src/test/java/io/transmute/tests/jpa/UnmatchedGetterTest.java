package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converter;
import io.transmute.Converters;
import io.transmute.Unloaded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.LazyInitializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented limitation: on a field-mapped entity, a lazy attribute read through a getter of
 * another name ({@code author} through {@code getWriter()}) is not recognised as lazy, so
 * Unloaded.SKIP does not guard it and it is read as under LOAD. The getter's body is not visible
 * to the processor, so it does not guess which attribute the getter returns.
 */
class UnmatchedGetterTest {

    @Entity(name = "Penman")
    public static class Penman {
        @Id
        @GeneratedValue
        private Long id;
        private String name;

        protected Penman() {
        }

        Penman(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    @Entity(name = "Manuscript")
    public static class Manuscript {
        @Id
        @GeneratedValue
        private Long id;
        private String title;
        @ManyToOne(fetch = FetchType.LAZY)
        private Penman author;

        protected Manuscript() {
        }

        Manuscript(String title, Penman author) {
            this.title = title;
            this.author = author;
        }

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        /** The lazy {@code author}, under another name. */
        public Penman getWriter() {
            return author;
        }
    }

    record PenmanView(String name) {
    }

    record ManuscriptView(String title, PenmanView writer) {
    }

    public interface ManuscriptMapper {
        @Converter(unloaded = Unloaded.SKIP)
        ManuscriptView skip(Manuscript manuscript);
    }

    private static final ManuscriptMapper MAPPER = Converters.get(ManuscriptMapper.class);
    private static Database database;
    private static long manuscriptId;

    @BeforeAll
    static void createManuscript() {
        database = new Database(Penman.class, Manuscript.class);
        manuscriptId = database.fromTransaction(em -> {
            Penman author = new Penman("Anna Kavan");
            em.persist(author);
            Manuscript manuscript = new Manuscript("Ice", author);
            em.persist(manuscript);
            em.flush();
            return manuscript.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void skipDoesNotGuardItOutsideTheSession() {
        Manuscript detached = database.fromTransaction(em -> em.find(Manuscript.class, manuscriptId));

        assertThrows(LazyInitializationException.class, () -> MAPPER.skip(detached));
    }

    @Test
    void skipLoadsItInsideTheSession() {
        AtomicReference<ManuscriptView> view = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            Manuscript manuscript = em.find(Manuscript.class, manuscriptId);
            return database.statementsOf(() -> view.set(MAPPER.skip(manuscript)));
        });

        assertEquals(new ManuscriptView("Ice", new PenmanView("Anna Kavan")), view.get());
        assertEquals(1, statements, "the author is loaded, as under Unloaded.LOAD");
    }
}
