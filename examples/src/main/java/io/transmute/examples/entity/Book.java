package io.transmute.examples.entity;

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
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A book: its author and tags are other entities, its reviews are its own children (deleted with
 * it, and when removed from the list).
 */
@Entity
public class Book {
    @Id
    @GeneratedValue
    private Long id;
    @Version
    private int version;
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

    public Book() {
    }

    public Book(String title, String isbn, Author author) {
        this.title = title;
        this.isbn = isbn;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIsbn() {
        return isbn;
    }

    public void setIsbn(String isbn) {
        this.isbn = isbn;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }

    /** The managed list: change it in place, never replace it. */
    public List<Review> getReviews() {
        return reviews;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public Review addReview(String reviewer, int stars, String comment) {
        Review review = new Review(reviewer, stars, comment);
        review.setBook(this);
        reviews.add(review);
        return review;
    }
}
