package io.transmute.tests.models;

import io.transmute.Converter;

/**
 * Classes without a no-argument constructor: created by the accessible constructor with the most
 * parameters whose names all match properties, then setters fill the remaining properties.
 */
public interface ConstructorModels {

    record BookRecord(String title, int pages, int year) {
    }

    /** Immutable: set only by its constructor; as a source, read through its getters. */
    final class BookValue {
        private final String title;
        private final int pages;
        private final int year;

        /** Parameters in another order than the source's properties: matched by name. */
        public BookValue(String title, int year, int pages) {
            this.title = title;
            this.pages = pages;
            this.year = year;
        }

        public String getTitle() {
            return title;
        }

        public int getPages() {
            return pages;
        }

        public int getYear() {
            return year;
        }
    }

    /** Several constructors: the widest accessible one whose parameter names are all properties wins. */
    final class Edition {
        private final String title;
        private final int pages;
        private final int year;
        private final String how;

        public Edition(String title) {
            this(title, -1, -1, "title only");
        }

        public Edition(String title, int pages) {
            this(title, pages, -1, "title and pages");
        }

        /** More parameters, but "label" is no property: not eligible. */
        public Edition(int pages, String title, String label) {
            this(title, pages, -1, label);
        }

        /** More parameters, all properties, but private: not accessible. */
        private Edition(String title, int pages, int year) {
            this(title, pages, year, "private");
        }

        private Edition(String title, int pages, int year, String how) {
            this.title = title;
            this.pages = pages;
            this.year = year;
            this.how = how;
        }

        public String getTitle() {
            return title;
        }

        public int getPages() {
            return pages;
        }

        public int getYear() {
            return year;
        }

        public String getHow() {
            return how;
        }

        static Edition complete(String title, int pages, int year) {
            return new Edition(title, pages, year);
        }
    }

    /** A constructor for some properties, setters for the others. */
    final class MixedBook {
        private final String title;
        private int pages;
        private int year;

        public MixedBook(String title) {
            this.title = title;
        }

        /** The constructor already sets the title: this setter must not be called. */
        public void setTitle(String title) {
            throw new UnsupportedOperationException("setTitle(" + title + ")");
        }

        public String getTitle() {
            return title;
        }

        public int getPages() {
            return pages;
        }

        public void setPages(int pages) {
            this.pages = pages;
        }

        public int getYear() {
            return year;
        }

        public void setYear(int year) {
            this.year = year;
        }
    }

    /** Has a no-argument constructor: it is used with the setters, not the constructor with arguments. */
    final class NoArgFirst {
        private String title;
        private int pages;

        public NoArgFirst() {
        }

        public NoArgFirst(String title, int pages) {
            this.title = "via constructor: " + title;
            this.pages = pages;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public int getPages() {
            return pages;
        }

        public void setPages(int pages) {
            this.pages = pages;
        }
    }

    /**
     * Immutable with withers (as Lombok's {@code @With} writes them): {@code withTitle} returns a
     * copy, so it is no setter, though MapStruct's default naming calls it a fluent one.
     */
    final class WitherBook {
        private final String title;
        private final int pages;

        public WitherBook(String title, int pages) {
            this.title = title;
            this.pages = pages;
        }

        public String getTitle() {
            return title;
        }

        public int getPages() {
            return pages;
        }

        public WitherBook withTitle(String title) {
            return new WitherBook(title, pages);
        }

        public WitherBook withPages(int pages) {
            return new WitherBook(title, pages);
        }
    }

    @Converter
    BookValue toValue(BookRecord book);

    @Converter
    WitherBook toWither(BookRecord book);

    @Converter
    BookRecord fromValue(BookValue book);

    @Converter
    Edition toEdition(BookRecord book);

    @Converter
    MixedBook toMixed(BookRecord book);

    @Converter
    NoArgFirst toNoArgFirst(BookRecord book);
}
