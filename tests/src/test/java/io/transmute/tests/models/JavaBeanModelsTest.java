package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.transmute.Converters;
import io.transmute.tests.models.JavaBeanModels.BookBean;
import io.transmute.tests.models.JavaBeanModels.BookRecord;
import org.junit.jupiter.api.Test;

class JavaBeanModelsTest {
    private final JavaBeanModels converter = Converters.get(JavaBeanModels.class);

    private static BookBean bean(String title, int pages, boolean available) {
        BookBean bean = new BookBean();
        bean.setTitle(title);
        bean.setPages(pages);
        bean.setAvailable(available);
        return bean;
    }

    @Test
    void readsABeanThroughItsGetters() {
        assertEquals(new BookRecord("Dune", 412, true), converter.toRecord(bean("Dune", 412, true)));
    }

    @Test
    void fillsABeanThroughItsSetters() {
        BookBean bean = converter.toBean(new BookRecord("Dune", 412, true));

        assertEquals("Dune", bean.getTitle());
        assertEquals(412, bean.getPages());
        assertEquals(true, bean.isAvailable());
    }

    @Test
    void copiesABeanToANewBean() {
        BookBean source = bean("Emma", 320, false);

        BookBean copy = converter.copy(source);

        assertNotSame(source, copy);
        assertEquals("Emma", copy.getTitle());
        assertEquals(320, copy.getPages());
        assertEquals(false, copy.isAvailable());
    }
}
