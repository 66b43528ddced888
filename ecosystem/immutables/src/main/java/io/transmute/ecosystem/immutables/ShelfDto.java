package io.transmute.ecosystem.immutables;

import java.util.ArrayList;
import java.util.List;

/** A plain bean, filled through setters. */
public class ShelfDto {
    private String label;
    private List<BookDto> books = new ArrayList<>();
    private int count;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<BookDto> getBooks() {
        return books;
    }

    public void setBooks(List<BookDto> books) {
        this.books = books;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }
}
