package io.transmute.benchmarks.jpa.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A review of a book, owned by it. */
@Entity
public class Review {
    @Id
    @GeneratedValue
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Book book;
    private String reviewer;
    private int stars;
    private String comment;

    protected Review() {
    }

    Review(Book book, String reviewer, int stars, String comment) {
        this.book = book;
        this.reviewer = reviewer;
        this.stars = stars;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Book getBook() {
        return book;
    }

    public String getReviewer() {
        return reviewer;
    }

    public int getStars() {
        return stars;
    }

    public String getComment() {
        return comment;
    }
}
