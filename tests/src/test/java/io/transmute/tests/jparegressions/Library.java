package io.transmute.tests.jparegressions;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
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

/**
 * The entities of most JPA regression tests: authors with lazy collections of their own, books with
 * lazy associations and collections of references, chapters with a second reference to an author
 * and children of their own.
 */
final class Library {
    private Library() {
    }

    static final Class<?>[] ENTITIES = {Author.class, Category.class, Tag.class, Book.class, Chapter.class,
            Section.class};

    @Entity(name = "RegAuthor")
    public static class Author {
        @Id
        @GeneratedValue
        private Long id;
        private String name;
        @OneToMany(mappedBy = "author")
        private List<Book> books = new ArrayList<>();
        @ElementCollection
        private Set<String> nicknames = new LinkedHashSet<>();

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

        public List<Book> getBooks() {
            return books;
        }

        public Set<String> getNicknames() {
            return nicknames;
        }
    }

    @Entity(name = "RegCategory")
    public static class Category {
        @Id
        @GeneratedValue
        private Long id;
        private String name;

        protected Category() {
        }

        public Category(String name) {
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

    @Entity(name = "RegTag")
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

        public void setLabel(String label) {
            this.label = label;
        }
    }

    @Entity(name = "RegBook")
    public static class Book {
        @Id
        @GeneratedValue
        private Long id;
        @Version
        private Long version;
        private String title;
        @ManyToOne(fetch = FetchType.LAZY)
        private Author author;
        @ManyToOne(fetch = FetchType.LAZY)
        private Category category;
        @ManyToMany
        @JoinTable(name = "reg_book_tags")
        private Set<Tag> tags = new LinkedHashSet<>();
        @ManyToMany
        @JoinTable(name = "reg_book_categories")
        private Set<Category> categories = new LinkedHashSet<>();
        @OneToMany(mappedBy = "book", cascade = CascadeType.ALL, orphanRemoval = true)
        private List<Chapter> chapters = new ArrayList<>();

        protected Book() {
        }

        public Book(String title, Author author) {
            this.title = title;
            this.author = author;
        }

        public Long getId() {
            return id;
        }

        public Long getVersion() {
            return version;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Author getAuthor() {
            return author;
        }

        public void setAuthor(Author author) {
            this.author = author;
        }

        public Category getCategory() {
            return category;
        }

        public void setCategory(Category category) {
            this.category = category;
        }

        public Set<Tag> getTags() {
            return tags;
        }

        public Set<Category> getCategories() {
            return categories;
        }

        public List<Chapter> getChapters() {
            return chapters;
        }

        public Chapter addChapter(String title) {
            Chapter chapter = new Chapter(title);
            chapter.setBook(this);
            chapters.add(chapter);
            return chapter;
        }
    }

    @Entity(name = "RegChapter")
    public static class Chapter {
        @Id
        @GeneratedValue
        private Long id;
        @Version
        private Integer version;
        private String title;
        @ManyToOne(fetch = FetchType.LAZY)
        private Book book;
        @ManyToOne(fetch = FetchType.LAZY)
        private Author reviewer;
        @OneToMany(mappedBy = "chapter", cascade = CascadeType.ALL, orphanRemoval = true)
        private List<Section> sections = new ArrayList<>();

        protected Chapter() {
        }

        public Chapter(String title) {
            this.title = title;
        }

        public Long getId() {
            return id;
        }

        public Integer getVersion() {
            return version;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Book getBook() {
            return book;
        }

        public void setBook(Book book) {
            this.book = book;
        }

        public Author getReviewer() {
            return reviewer;
        }

        public void setReviewer(Author reviewer) {
            this.reviewer = reviewer;
        }

        public List<Section> getSections() {
            return sections;
        }

        public Section addSection(String heading) {
            Section section = new Section(heading);
            section.setChapter(this);
            sections.add(section);
            return section;
        }
    }

    @Entity(name = "RegSection")
    public static class Section {
        @Id
        @GeneratedValue
        private Long id;
        private String heading;
        @ManyToOne(fetch = FetchType.LAZY)
        private Chapter chapter;

        protected Section() {
        }

        public Section(String heading) {
            this.heading = heading;
        }

        public Long getId() {
            return id;
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public Chapter getChapter() {
            return chapter;
        }

        public void setChapter(Chapter chapter) {
            this.chapter = chapter;
        }
    }
}
