package io.transmute.tests.coercion;

import io.transmute.Converter;
import io.transmute.LinkConstant;
import java.util.List;

/**
 * A factory runs once per conversion, even when its value fills a property of every list
 * element or of a nested model.
 */
public interface FactoryConstants {

    record Review(String text) {
    }

    record ReviewDto(String text, long batch) {
    }

    record Writer(String name) {
    }

    record WriterDto(String name, String stamp) {
    }

    record Book(String title, Writer writer, List<Review> reviews) {
    }

    record BookDto(String title, int serial, WriterDto writer, List<ReviewDto> reviews) {
    }

    @Converter
    @LinkConstant(to = "serial", factory = "nextSerial")
    @LinkConstant(to = "reviews.batch", factory = "nextBatch")
    @LinkConstant(to = "writer.stamp", factory = "stamp")
    BookDto convert(Book book);

    final class Calls {
        static int serials;
        static int batches;
        static int stamps;

        private Calls() {
        }
    }

    static int nextSerial() {
        return ++Calls.serials;
    }

    static long nextBatch() {
        Calls.batches++;
        return 1000L + Calls.batches;
    }

    default String stamp() {
        Calls.stamps++;
        return "stamp-" + Calls.stamps;
    }
}
