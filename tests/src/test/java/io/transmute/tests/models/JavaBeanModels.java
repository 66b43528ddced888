package io.transmute.tests.models;

import io.transmute.Converter;

/** JavaBeans as source (getX()/isX() getters) and as destination (no-arg constructor and setters). */
public interface JavaBeanModels {

    record BookRecord(String title, int pages, boolean available) {
    }

    class BookBean {
        private String title;
        private int pages;
        private boolean available;

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

        public boolean isAvailable() {
            return available;
        }

        public void setAvailable(boolean available) {
            this.available = available;
        }
    }

    @Converter
    BookRecord toRecord(BookBean bean);

    @Converter
    BookBean toBean(BookRecord book);

    @Converter
    BookBean copy(BookBean bean);
}
