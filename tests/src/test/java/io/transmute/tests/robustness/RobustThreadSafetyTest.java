package io.transmute.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.tests.robustness.ThreadSafetyMapper.Customer;
import io.transmute.tests.robustness.ThreadSafetyMapper.Item;
import io.transmute.tests.robustness.ThreadSafetyMapper.ItemBean;
import io.transmute.tests.robustness.ThreadSafetyMapper.Order;
import io.transmute.tests.robustness.ThreadSafetyMapper.OrderDto;
import io.transmute.tests.robustness.ThreadSafetyMapper.Status;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated converters are stateless, so one instance converts from many threads at once: every
 * result equals the one computed on a single thread. And no implementation generated for this
 * module's tests has a field that is not a constant.
 */
class RobustThreadSafetyTest {
    private static final int THREADS = 8;
    private static final int CONVERSIONS = 10_000;
    private static final int INPUTS = 64;

    @Test
    void convertsFromManyThreadsAtOnceAsOnOne() throws Exception {
        ThreadSafetyMapper mapper = Converters.get(ThreadSafetyMapper.class);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            orders.add(order(i));
        }
        List<OrderDto> expected = new ArrayList<>();
        List<ItemBean> expectedBeans = new ArrayList<>();
        for (Order order : orders) {
            expected.add(mapper.convert(order, "clerk" + order.id()));
            ItemBean bean = new ItemBean();
            mapper.update(order.items().get(0), bean);
            expectedBeans.add(bean);
        }
        List<Order> few = orders.subList(0, 4);
        List<OrderDto> expectedAll = mapper.convertAll(few, "all");

        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            tasks.add(() -> {
                start.await(30, TimeUnit.SECONDS);
                int mismatches = 0;
                for (int n = 0; n < CONVERSIONS; n++) {
                    int i = (n * 7 + offset) % INPUTS;
                    Order order = orders.get(i);
                    switch (n % 8) {
                        case 0 -> mismatches += mapper.convertAll(few, "all").equals(expectedAll) ? 0 : 1;
                        case 1, 2 -> {
                            ItemBean bean = new ItemBean();
                            mapper.update(order.items().get(0), bean);
                            mismatches += bean.equals(expectedBeans.get(i)) ? 0 : 1;
                        }
                        default -> mismatches += mapper.convert(order, "clerk" + order.id()).equals(expected.get(i))
                                ? 0 : 1;
                    }
                }
                return mismatches;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            int mismatches = 0;
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                mismatches += result.get(60, TimeUnit.SECONDS);
            }
            assertEquals(0, mismatches, "conversions that differ from the single-threaded result");
        } finally {
            pool.shutdownNow();
        }
        // The inputs were only read.
        for (int i = 0; i < INPUTS; i++) {
            assertEquals(order(i), orders.get(i));
        }
    }

    @Test
    void firstLookupFromManyThreadsAtOnceGivesOneInstance() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ThreadSafetyMapper.Lookup>> found = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                found.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return Converters.get(ThreadSafetyMapper.Lookup.class);
                }));
            }
            ThreadSafetyMapper.Lookup first = found.get(0).get(60, TimeUnit.SECONDS);
            for (Future<ThreadSafetyMapper.Lookup> lookup : found) {
                assertSame(first, lookup.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every implementation Transmute generated for this module's tests: no mutable state at all. The
     * only instance fields are the final ones holding the converters a type uses, set once by its
     * constructor.
     */
    @Test
    void generatedImplementationsHaveNoInstanceFields() throws IOException, ClassNotFoundException {
        Path generated = Path.of("target", "generated-test-sources", "test-annotations");
        assertTrue(Files.isDirectory(generated), () -> generated.toAbsolutePath() + " is missing");
        List<String> implementations = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(generated)) {
            for (Path file : walk.filter(path -> path.toString().endsWith("Impl.java")).toList()) {
                if (Files.readString(file).contains("@Generated(\"io.transmute.processor.TransmuteProcessor\")")) {
                    String relative = generated.relativize(file).toString();
                    implementations.add(relative.substring(0, relative.length() - ".java".length())
                            .replace(file.getFileSystem().getSeparator(), "."));
                }
            }
        }
        assertTrue(implementations.size() > 50, () -> "only " + implementations);
        List<String> stateful = new ArrayList<>();
        for (String name : implementations) {
            // Only the generated class: an abstract converter class may keep state of its own.
            for (Field field : Class.forName(name).getDeclaredFields()) {
                boolean usedConverter = Modifier.isPrivate(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
                boolean constant = Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
                if (!constant && !usedConverter && !field.isSynthetic()) {
                    stateful.add(name + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), stateful);
    }

    private static Order order(int i) {
        Customer referrer = i % 3 == 0 ? null : new Customer(new UUID(i, 1), "ref" + i, Map.of("tier", "gold"), null);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("lang", i % 2 == 0 ? "en" : "fr");
        attributes.put("n", String.valueOf(i));
        Customer customer = new Customer(new UUID(0, i), "customer" + i, attributes, referrer);
        List<Item> items = new ArrayList<>();
        Map<String, Item> bySku = new LinkedHashMap<>();
        for (int k = 0; k <= i % 5; k++) {
            Item item = new Item("sku" + i + "-" + k, k + 1, new BigDecimal(i + "." + k),
                    List.of("t" + k, "t" + (k + 1), "t" + k));
            items.add(item);
            bySku.put(item.sku(), item);
        }
        Optional<Item> gift = i % 4 == 0 ? Optional.empty() : Optional.of(items.get(0));
        return new Order(i, customer, List.copyOf(items), bySku, gift, Status.values()[i % 3],
                LocalDate.of(2024, 1 + i % 12, 1 + i % 28), List.of(List.copyOf(items), List.of(items.get(0))));
    }
}
