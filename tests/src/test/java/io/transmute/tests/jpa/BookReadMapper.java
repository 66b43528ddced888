package io.transmute.tests.jpa;

import io.transmute.Converter;
import io.transmute.Unloaded;
import io.transmute.tests.jpa.Bookstore.Book;
import io.transmute.tests.jpa.BookViews.BookDto;

/** One converter per unloaded policy. */
public interface BookReadMapper {

    @Converter
    BookDto load(Book book);

    @Converter(unloaded = Unloaded.SKIP)
    BookDto skip(Book book);

    @Converter(unloaded = Unloaded.FAIL)
    BookDto fail(Book book);
}
