package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.InheritedProperties.Article;
import io.transmute.tests.models.InheritedProperties.ArticleRow;
import io.transmute.tests.models.InheritedProperties.BookEntity;
import io.transmute.tests.models.InheritedProperties.BookRow;
import io.transmute.tests.models.InheritedProperties.Novel;
import org.junit.jupiter.api.Test;

class InheritedPropertiesTest {
    private final InheritedProperties converter = Converters.get(InheritedProperties.class);

    @Test
    void readsInheritedGetters() {
        BookEntity book = new BookEntity();
        book.setId(42);
        book.setTitle("Dune");

        assertEquals(new BookRow(42, "Dune"), converter.toRow(book));
    }

    @Test
    void callsInheritedSetters() {
        BookEntity book = converter.toEntity(new BookRow(42, "Dune"));

        assertEquals(42, book.getId());
        assertEquals("Dune", book.getTitle());
    }

    @Test
    void combinesTheConstructorWithAnInheritedSetter() {
        Novel novel = converter.toNovel(new BookRow(42, "Dune"));

        assertEquals(42, novel.getId());
        assertEquals("Dune", novel.getTitle());
    }

    @Test
    void readsInheritedPublicFields() {
        Article article = new Article();
        article.createdBy = "ada";
        article.headline = "Engines";

        assertEquals(new ArticleRow("ada", "Engines"), converter.toRow(article));
    }

    @Test
    void assignsInheritedPublicFields() {
        Article article = converter.toArticle(new ArticleRow("ada", "Engines"));

        assertEquals("ada", article.createdBy);
        assertEquals("Engines", article.headline);
    }
}
