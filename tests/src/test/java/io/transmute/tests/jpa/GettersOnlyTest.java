package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.transmute.Converter;
import io.transmute.Converters;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An entity is read through its getters, never its fields: on a Hibernate proxy the fields are empty. */
class GettersOnlyTest {

    @Entity(name = "Label")
    public static class Label {
        @Id
        @GeneratedValue
        public Long id;
        /** Public, and empty on a proxy: reading it would silently give null. */
        public String name;

        protected Label() {
        }

        Label(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    public record LabelDto(Long id, String name) {
    }

    public interface LabelMapper {
        @Converter
        LabelDto toDto(Label label);
    }

    private static Database database;
    private static long labelId;

    @BeforeAll
    static void createLabel() {
        database = new Database(Label.class);
        labelId = database.fromTransaction(em -> {
            Label label = new Label("Penguin");
            em.persist(label);
            return label.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aProxyIsReadThroughItsGetters() {
        LabelDto dto = database.fromTransaction(em -> {
            Label proxy = em.getReference(Label.class, labelId);
            assertFalse(Hibernate.isInitialized(proxy));
            return Converters.get(LabelMapper.class).toDto(proxy);
        });

        assertEquals(new LabelDto(labelId, "Penguin"), dto);
    }
}
