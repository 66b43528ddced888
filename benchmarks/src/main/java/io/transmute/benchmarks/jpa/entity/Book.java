package io.transmute.benchmarks.jpa.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A book: a lazy author, its own reviews and shared tags, all lazy (JPA's defaults for collections). */
@Entity
public class Book {
    @Id
    @GeneratedValue
    private Long id;
    private String title;
    private String isbn;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Author author;
    @OneToMany(mappedBy = "book", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Review> reviews = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "book_tags")
    @OrderBy("label")
    private Set<Tag> tags = new LinkedHashSet<>();

    protected Book() {
    }

    public Book(String title, String isbn, Author author) {
        this.title = title;
        this.isbn = isbn;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getIsbn() {
        return isbn;
    }

    public Author getAuthor() {
        return author;
    }

    public List<Review> getReviews() {
        return reviews;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public void addReview(String reviewer, int stars, String comment) {
        reviews.add(new Review(this, reviewer, stars, comment));
    }
}
