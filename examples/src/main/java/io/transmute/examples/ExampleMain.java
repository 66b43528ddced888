package io.transmute.examples;

import io.transmute.examples.dto.BookDto;
import io.transmute.examples.dto.BookEdit;
import io.transmute.examples.dto.BookForm;
import io.transmute.examples.dto.BookSummary;
import io.transmute.examples.dto.ReviewDto;
import io.transmute.examples.dto.ReviewEdit;
import io.transmute.examples.entity.Author;
import io.transmute.examples.entity.Book;
import io.transmute.examples.entity.Review;
import io.transmute.examples.entity.Tag;
import io.transmute.jpa.UnknownEntityException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;

/**
 * The bookstore example: Hibernate ORM 7 on an in-memory H2 database, a few books, then each call
 * of {@link BookService}, printing what it returned and how many SQL statements it ran.
 */
public final class ExampleMain {
    /** Held so that its level stays set: java.util.logging keeps loggers only weakly. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final PrintStream out;
    private final Statistics statistics;

    private ExampleMain(PrintStream out, Statistics statistics) {
        this.out = out;
        this.statistics = statistics;
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example on a fresh in-memory database, printing to {@code out}. */
    public static void run(PrintStream out) {
        quietLogging();
        // A connection pool of our own (rather than Hibernate's built-in one, which is not for production).
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:bookstore", "sa", "");
        try (SessionFactory database = new HibernatePersistenceConfiguration("bookstore")
                .managedClasses(Author.class, Book.class, Review.class, Tag.class)
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .schemaToolingAction(Action.CREATE_DROP)
                .collectStatistics(true)
                .createEntityManagerFactory()) {
            new ExampleMain(out, database.getStatistics()).demo(database);
        } finally {
            pool.dispose();
        }
    }

    /** Hibernate logs through jboss-logging: here to java.util.logging, warnings and errors only. */
    private static void quietLogging() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    private void demo(SessionFactory database) {
        Seed seed = Seed.into(database);
        BookService service = new BookService(database, Map.of(
                "978-0060853983", 412,
                "978-0552131063", 272,
                "978-0441478125", 304,
                "978-0061054884", 387));

        out.println("Transmute example: a bookstore service on Hibernate ORM 7 and H2, converting with the");
        out.println("generated BookMapperImpl. Each call is one transaction; \"statements\" is the number of SQL");
        out.println("statements it ran, from Hibernate's statistics.");
        out.println();
        out.println("Seeded 3 authors, 4 tags, and 3 books with 4 reviews.");

        section("list(): one query fetches the books with their authors and tags; BookMapper.summaries");
        measured(service::list).forEach(this::print);
        printStatements("no N+1: one query, whatever the number of books");

        section("show(" + seed.goodOmens + "): em.find, then BookMapper.toDto(book, pageCount) reads the lazy"
                + " author, reviews and tags");
        print(measured(() -> service.show(seed.goodOmens)));
        printStatements("the book, then its author, reviews and tags");

        BookForm form = new BookForm("The Dispossessed", "978-0061054884", seed.leGuin,
                List.of(seed.classic, seed.scienceFiction));
        section("create(form): BookMapper.create checks the author and tag ids, one query per entity type");
        out.println("  " + form);
        out.println("  created Book " + measured(() -> service.create(form)));
        printStatements("author check, tags check, insert the book and its 2 tag links");

        BookForm ghost = new BookForm("The Ghost Book", "978-0000000000", 999L, List.of(seed.fantasy));
        section("create(form) with an unknown author");
        out.println("  " + ghost);
        long before = service.count();
        try {
            measured(() -> service.create(ghost));
            out.println("  created: this was not supposed to happen");
        } catch (UnknownEntityException e) {
            out.println("  error: " + e.getMessage());
        }
        printStatements("the author check, which failed before anything was written");
        out.println("  books before: " + before + ", after: " + service.count() + " (nothing was written)");

        BookEdit edit = new BookEdit(0, "Good Omens (anniversary edition)",
                "978-0060853983", seed.gaiman, List.of(seed.fantasy, seed.comedy, seed.classic), List.of(
                        new ReviewEdit(seed.annsReview, "ann", 5, "Funny and wise, footnotes included"),
                        new ReviewEdit(null, "eve", 4, "Read it twice")));
        section("update(" + seed.goodOmens + ", edit): BookMapper.update changes the managed book in place");
        out.println("  new title and author, tag 'classic' added; ann's review changed, bob's removed, eve's added");
        out.println("  BookEdit[version=" + edit.version() + ", title=" + edit.title() + ", isbn=" + edit.isbn()
                + ", authorId=" + edit.authorId() + ", tagIds=" + edit.tagIds() + ", reviews=...]");
        edit.reviews().forEach(review -> out.println("    " + review));
        out.println("  saved:");
        print(measured(() -> service.update(seed.goodOmens, edit)));
        printStatements("the book; author and tag checks; its reviews and tags; 5 writes;"
                + " the new author and tag for the result");

        section("delete(" + seed.mort + "): the book and, by cascade, its review");
        measured(() -> {
            service.delete(seed.mort);
            return null;
        });
        out.println("  deleted Book " + seed.mort);
        printStatements("load the book and its reviews; delete its tag links, its review and the book");

        section("list()");
        measured(service::list).forEach(this::print);
        printStatements("still one query");
    }

    private void section(String title) {
        out.println();
        out.println("== " + title);
    }

    /** Runs a service call with the statement count reset first. */
    private <T> T measured(Supplier<T> call) {
        statistics.clear();
        return call.get();
    }

    /** The SQL statements of the last measured call, also when it failed, and what they were. */
    private void printStatements(String which) {
        out.println("  statements: " + statistics.getPrepareStatementCount() + " (" + which + ")");
    }

    private void print(BookSummary summary) {
        out.println("  " + summary);
    }

    private void print(BookDto book) {
        out.println("  BookDto[id=" + book.id() + ", version=" + book.version() + ", title=" + book.title()
                + ", isbn=" + book.isbn() + ", pageCount=" + book.pageCount() + "]");
        out.println("    author:  " + book.author());
        out.println("    tags:    " + book.tags());
        String label = "    reviews: ";
        for (ReviewDto review : book.reviews()) {
            out.println(label + review);
            label = "             ";
        }
    }

    /** The sample data, persisted directly, and the ids it got. */
    private record Seed(long gaiman, long leGuin, long fantasy, long comedy, long classic, long scienceFiction,
            long goodOmens, long mort, long annsReview) {

        static Seed into(SessionFactory database) {
            return database.fromTransaction(em -> {
                Author pratchett = new Author("Terry Pratchett");
                Author gaiman = new Author("Neil Gaiman");
                Author leGuin = new Author("Ursula K. Le Guin");
                Tag fantasy = new Tag("fantasy");
                Tag comedy = new Tag("comedy");
                Tag classic = new Tag("classic");
                Tag scienceFiction = new Tag("science fiction");
                List.of(pratchett, gaiman, leGuin, fantasy, comedy, classic, scienceFiction).forEach(em::persist);

                Book goodOmens = new Book("Good Omens", "978-0060853983", pratchett);
                goodOmens.getTags().addAll(List.of(fantasy, comedy));
                Review ann = goodOmens.addReview("ann", 5, "Funny and wise");
                goodOmens.addReview("bob", 3, "A little long");
                Book mort = new Book("Mort", "978-0552131063", pratchett);
                mort.getTags().addAll(List.of(fantasy, comedy));
                mort.addReview("cat", 5, "Death at his best");
                Book leftHand = new Book("The Left Hand of Darkness", "978-0441478125", leGuin);
                leftHand.getTags().addAll(List.of(classic, scienceFiction));
                leftHand.addReview("dan", 5, "Still ahead of its time");
                List.of(goodOmens, mort, leftHand).forEach(em::persist);

                return new Seed(gaiman.getId(), leGuin.getId(), fantasy.getId(), comedy.getId(), classic.getId(),
                        scienceFiction.getId(), goodOmens.getId(), mort.getId(), ann.getId());
            });
        }
    }
}
