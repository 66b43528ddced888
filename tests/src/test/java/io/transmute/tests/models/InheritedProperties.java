package io.transmute.tests.models;

import io.transmute.Converter;

/** Properties inherited from a superclass: getters, setters and public fields. */
public interface InheritedProperties {

    abstract class Entity {
        private long id;

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }
    }

    class BookEntity extends Entity {
        private String title;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** Constructor for its own property, an inherited setter for the other. */
    final class Novel extends Entity {
        private final String title;

        public Novel(String title) {
            this.title = title;
        }

        public String getTitle() {
            return title;
        }
    }

    class Audited {
        public String createdBy;
    }

    class Article extends Audited {
        public String headline;
    }

    record BookRow(long id, String title) {
    }

    record ArticleRow(String createdBy, String headline) {
    }

    @Converter
    BookRow toRow(BookEntity book);

    @Converter
    BookEntity toEntity(BookRow row);

    @Converter
    Novel toNovel(BookRow row);

    @Converter
    ArticleRow toRow(Article article);

    @Converter
    Article toArticle(ArticleRow row);
}
