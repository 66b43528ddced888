package io.transmute.tests.linking;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Link;
import io.transmute.LinkConstant;
import java.time.LocalDate;

/**
 * Many links on one method, each filling its own property, next to a same-name parameter, a
 * same-name source property, a constant and a coercer.
 */
public interface SeveralLinks {

    record Person(String first, String last, LocalDate birthday, String email, String phone, int score) {
    }

    record Contact(String givenName, String familyName, String born, String mail, String phone, int points,
            String source, String owner) {
    }

    @Converter
    @Link(from = "first", to = "givenName")
    @Link(from = "last", to = "familyName")
    @Link(from = "birthday", to = "born", coercer = "year")
    @Link(from = "email", to = "mail")
    @Link(from = "score", to = "points")
    @LinkConstant(to = "source", value = "crm")
    Contact convert(Person person, String owner);

    static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }

    @Coercer
    static String iso(LocalDate date) {
        return date.toString();
    }
}
