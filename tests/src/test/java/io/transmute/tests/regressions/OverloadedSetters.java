package io.transmute.tests.regressions;

import io.transmute.Coercer;
import io.transmute.Converter;

/**
 * {@code setAge(String)} is declared before {@code setAge(long)}; the property is the long one
 * ({@code long getAge()}). The coercer from long to String would make the wrong setter usable too.
 */
public interface OverloadedSetters {

    record Form(long age) {
    }

    final class Person {
        private long age;
        private String setter = "none";

        public void setAge(String age) {
            this.age = Long.parseLong(age);
            this.setter = "String";
        }

        public void setAge(long age) {
            this.age = age;
            this.setter = "long";
        }

        public long getAge() {
            return age;
        }

        public String setterCalled() {
            return setter;
        }
    }

    @Converter
    Person convert(Form form);

    @Converter
    Form back(Person person);

    @Coercer
    static String text(long value) {
        return "1" + value;
    }
}
