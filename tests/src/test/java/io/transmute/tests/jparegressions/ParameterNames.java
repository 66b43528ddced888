package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.Nulls;
import io.transmute.tests.jparegressions.Library.Book;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.hibernate.Session;

/**
 * Finding 11: parameters may have the names the generated code uses for its own locals
 * ({@code referenceCheck}, {@code result}).
 */
public interface ParameterNames {

    record Form(String title, Long authorId, Set<Long> tagIds) {
    }

    @Converter(allowUnlinked = {"category", "categories", "chapters"})
    Book create(Form result, EntityManager referenceCheck);

    @Converter
    void update(Form referenceCheck, @Into Book result, Session em);

    @Converter(nulls = Nulls.SKIP)
    Book patch(Form referenceCheck2, @Into Book result, EntityManager referenceCheck);

    @Converter(allowUnlinked = {"category", "categories", "chapters"})
    Book other(Form form, Session session, int result);
}
