package io.transmute.tests.jpa;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The entities of the JPA tests: a small bookstore. */
final class Bookstore {
    private Bookstore() {
    }

    static final Class<?>[] ENTITIES = {Author.class, Book.class, Review.class, Tag.class};

    @Entity(name = "Author")
    public static class Author {
        @Id
        @GeneratedValue
        private Long id;
        private String name;

        protected Author() {
        }

        public Author(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @Embeddable
    public static class Isbn {
        private String prefix;
        private String number;

        protected Isbn() {
        }

        public Isbn(String prefix, String number) {
            this.prefix = prefix;
            this.number = number;
        }

        public String getPrefix() {
            return prefix;
        }

        public String getNumber() {
            return number;
        }
    }

    @Entity(name = "Book")
    public static class Book {
        @Id
        @GeneratedValue
        private Long id;
        @Version
        private int version;
        private String title;
        @Embedded
        private Isbn isbn;
        @ManyToOne(fetch = FetchType.LAZY)
        private Author author;
        @OneToMany(mappedBy = "book", cascade = CascadeType.ALL, orphanRemoval = true)
        private List<Review> reviews = new ArrayList<>();
        @ManyToMany
        @JoinTable(name = "book_tags")
        private Set<Tag> tags = new LinkedHashSet<>();

        protected Book() {
        }

        public Book(String title, Isbn isbn, Author author) {
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

        public Isbn getIsbn() {
            return isbn;
        }

        public Author getAuthor() {
            return author;
        }

        public void setAuthor(Author author) {
            this.author = author;
        }

        public List<Review> getReviews() {
            return reviews;
        }

        public Set<Tag> getTags() {
            return tags;
        }

        public Review addReview(String reviewer, int stars) {
            Review review = new Review(this, reviewer, stars);
            reviews.add(review);
            return review;
        }
    }

    @Entity(name = "Review")
    public static class Review {
        @Id
        @GeneratedValue
        private Long id;
        @ManyToOne(fetch = FetchType.LAZY)
        private Book book;
        private String reviewer;
        private int stars;

        protected Review() {
        }

        Review(Book book, String reviewer, int stars) {
            this.book = book;
            this.reviewer = reviewer;
            this.stars = stars;
        }

        public Long getId() {
            return id;
        }

        public Book getBook() {
            return book;
        }

        public void setBook(Book book) {
            this.book = book;
        }

        public String getReviewer() {
            return reviewer;
        }

        public void setReviewer(String reviewer) {
            this.reviewer = reviewer;
        }

        public int getStars() {
            return stars;
        }

        public void setStars(int stars) {
            this.stars = stars;
        }
    }

    @Entity(name = "Tag")
    public static class Tag {
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
}
