package io.transmute.benchmarks.jpa.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A tag, shared by many books. */
@Entity
public class Tag {
    @Id
    @GeneratedValue
    private Long id;
    private String label;

    protected Tag() {
    }

    public Tag(String label) {
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
