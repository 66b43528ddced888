package io.transmute.benchmarks.jpa;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * SQL statements per operation of each {@link JpaBenchmark}, counted by Hibernate's statistics on
 * one untimed call each (the count does not vary between calls; timing runs with statistics off).
 */
public final class JpaStatements {

    private JpaStatements() {
    }

    /** Benchmark name ({@code jpaLazy_transmute}) to the statements one operation runs, on {@code books} books. */
    public static Map<String, Long> count(int books) {
        JpaBenchmark benchmark = new JpaBenchmark();
        benchmark.setUp(books, true);
        try {
            return count(benchmark);
        } finally {
            benchmark.tearDown();
        }
    }

    /** The same, on a benchmark set up with statistics ({@code setUp(books, true)}). */
    static Map<String, Long> count(JpaBenchmark benchmark) {
        benchmark.openLoadedSession();
        try {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Method method : benchmarkMethods()) {
                benchmark.bookstore().takeStatementCount();
                invoke(method, benchmark);
                counts.put(method.getName(), benchmark.bookstore().takeStatementCount());
            }
            return counts;
        } finally {
            benchmark.closeLoadedSession();
        }
    }

    static List<Method> benchmarkMethods() {
        List<Method> methods = new ArrayList<>();
        for (Method method : JpaBenchmark.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Benchmark.class)) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    static Object invoke(Method method, JpaBenchmark benchmark) {
        try {
            return method.invoke(benchmark);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method.getName() + " failed", e.getCause());
        }
    }

    public static void main(String[] args) {
        count(JpaBenchmark.BOOKS).forEach((name, count) -> System.out.println(name + ": " + count));
    }
}
