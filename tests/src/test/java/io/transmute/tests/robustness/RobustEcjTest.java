package io.transmute.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.processor.TransmuteProcessor;
import io.transmute.tests.robustness.LateGenerator.LateType;
import io.transmute.tests.robustness.RobustCompiler.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;

/**
 * User-style converters compiled with the Eclipse compiler (ECJ, which IDE users run the processor
 * under) and with javac, each with Transmute, then run: both must convert alike, neither may warn
 * about the generated code, and errors must be reported under ECJ with the same texts as under javac.
 */
class RobustEcjTest {
    /** The fuzzer's own default seed (RobustFuzzTest). */
    private static final long FUZZ_SEED = 6_2024L;
    private static final int FUZZ_CASES = 30;

    private static final String HEADER = """
            package shop;

            import io.transmute.*;
            import java.math.BigDecimal;
            import java.time.LocalDate;
            import java.util.*;

            """;

    /** Records, beans, constructor classes, nested models, containers, links, coercers, enums, @Into. */
    private static final String SHOP_MAPPER = HEADER + """
            public interface ShopMapper extends SharedCoercers {
                enum Status { ACTIVE, RETIRED }
                enum StatusDto { ACTIVE, RETIRED, UNKNOWN }

                record Address(String street, String city) {}
                record AddressDto(String street, String city) {}

                record Customer(UUID id, String name, Address address, List<Address> previous, LocalDate since) {}
                record CustomerDto(String id, String name, AddressDto address, List<AddressDto> previous,
                        String since, String city) {}

                record Line(String sku, int quantity, BigDecimal price) {}

                class LineDto {
                    private String sku;
                    private long quantity;
                    private BigDecimal price;
                    private String note = "none";
                    public String getSku() { return sku; }
                    public void setSku(String sku) { this.sku = sku; }
                    public long getQuantity() { return quantity; }
                    public void setQuantity(long quantity) { this.quantity = quantity; }
                    public BigDecimal getPrice() { return price; }
                    public void setPrice(BigDecimal price) { this.price = price; }
                    public String getNote() { return note; }
                    public void setNote(String note) { this.note = note; }
                    @Override
                    public String toString() { return "LineDto[" + sku + " x" + quantity + " @" + price + ", " + note + "]"; }
                }

                record Order(long number, Customer customer, List<Line> lines, Map<String, Line> bySku,
                        Optional<String> note, Status status, Line[] extras, Set<String> tags, Integer priority) {}

                final class OrderDto {
                    private final long number;
                    private final CustomerDto customer;
                    private final List<LineDto> lines;
                    private final Map<String, LineDto> bySku;
                    private final Optional<String> note;
                    private final StatusDto status;
                    private final List<LineDto> extras;
                    private final String[] tags;
                    private final int priority;
                    private final String channel;
                    private final String currency;
                    private final int version;
                    private final String createdBy;

                    public OrderDto(long number, CustomerDto customer, List<LineDto> lines, Map<String, LineDto> bySku,
                            Optional<String> note, StatusDto status, List<LineDto> extras, String[] tags, int priority,
                            String channel, String currency, int version, String createdBy) {
                        this.number = number;
                        this.customer = customer;
                        this.lines = lines;
                        this.bySku = bySku;
                        this.note = note;
                        this.status = status;
                        this.extras = extras;
                        this.tags = tags;
                        this.priority = priority;
                        this.channel = channel;
                        this.currency = currency;
                        this.version = version;
                        this.createdBy = createdBy;
                    }

                    public long getNumber() { return number; }
                    public CustomerDto getCustomer() { return customer; }
                    public List<LineDto> getLines() { return lines; }
                    public Map<String, LineDto> getBySku() { return bySku; }
                    public Optional<String> getNote() { return note; }
                    public StatusDto getStatus() { return status; }
                    public List<LineDto> getExtras() { return extras; }
                    public String[] getTags() { return tags; }
                    public int getPriority() { return priority; }
                    public String getChannel() { return channel; }
                    public String getCurrency() { return currency; }
                    public int getVersion() { return version; }
                    public String getCreatedBy() { return createdBy; }

                    @Override
                    public String toString() {
                        return "OrderDto[" + number + ", " + customer + ", " + lines + ", " + bySku + ", " + note + ", "
                                + status + ", " + extras + ", " + Arrays.toString(tags) + ", " + priority + ", " + channel
                                + ", " + currency + ", " + version + ", " + createdBy + "]";
                    }
                }

                @Converter(allowUnlinked = {"lines.note", "bySku.note", "extras.note"})
                @Link(from = "customer.address.city", to = "customer.city")
                @Link(fromParam = "origin", to = "channel")
                @LinkConstant(to = "currency", value = "EUR")
                @LinkConstant(to = "createdBy", factory = "system")
                OrderDto toDto(Order order, String origin, int version);

                @Converter
                @Link(from = "address.city", to = "city")
                List<CustomerDto> customers(List<Customer> customers);

                @Converter
                @Link(from = "quantity", to = "quantity", coercer = "doubled")
                void update(Line line, @Into LineDto target);

                static String system() {
                    return "system";
                }

                static long doubled(int quantity) {
                    return 2L * quantity;
                }

                @Coercer
                static String uuid(UUID id) {
                    return "#" + id.toString().substring(0, 8);
                }
            }
            """;

    private static final String SHARED_COERCERS = HEADER + """
            public interface SharedCoercers {
                @Coercer
                static String isoDate(LocalDate date) {
                    return date.toString();
                }
            }
            """;

    /** A generic base converter, a recursive model, a generic model read with its type argument, an abstract class. */
    private static final String TREE_MAPPER = HEADER + """
            public interface TreeMapper extends BaseMapper<TreeMapper.Node, TreeMapper.NodeDto> {
                record Node(String name, List<Node> children, Node parent) {}
                record NodeDto(String name, List<NodeDto> children, NodeDto parent) {}
            }
            """;

    private static final String BASE_MAPPER = HEADER + """
            public interface BaseMapper<S, D> {
                @Converter
                D convert(S source);
            }
            """;

    private static final String PAGE_MAPPER = HEADER + """
            public abstract class PageMapper {
                public record Page<T>(List<T> items, int total, T first) {}
                public record PageDto(List<String> items, int total, String first) {}
                public record Box<T>(T value) {}
                public record BoxDto<T>(T value) {}

                @Converter
                public abstract PageDto page(Page<UUID> page);

                @Converter
                public abstract BoxDto<ShopMapper.AddressDto> box(Box<ShopMapper.Address> box);

                @Coercer
                public static String id(UUID id) {
                    return "id-" + id.toString().charAt(0);
                }
            }
            """;

    private static final String DEMO = HEADER + """
            public final class Demo {
                public static String run() {
                    ShopMapper shop = Converters.get(ShopMapper.class);
                    ShopMapper.Address home = new ShopMapper.Address("1 Main St", "Springfield");
                    ShopMapper.Customer customer = new ShopMapper.Customer(
                            UUID.fromString("12345678-0000-0000-0000-000000000000"), "Ann", home,
                            List.of(new ShopMapper.Address("2 Old Rd", "Shelbyville")), LocalDate.of(2020, 2, 29));
                    ShopMapper.Line pen = new ShopMapper.Line("pen", 3, new BigDecimal("1.50"));
                    ShopMapper.Line ink = new ShopMapper.Line("ink", 1, new BigDecimal("7.25"));
                    Map<String, ShopMapper.Line> bySku = new LinkedHashMap<>();
                    bySku.put("pen", pen);
                    bySku.put("ink", ink);
                    ShopMapper.Order order = new ShopMapper.Order(42L, customer, List.of(pen, ink), bySku,
                            Optional.of("leave at door"), ShopMapper.Status.RETIRED,
                            new ShopMapper.Line[] {ink}, new LinkedHashSet<>(List.of("gift", "rush")), 7);
                    StringBuilder out = new StringBuilder();
                    out.append(shop.toDto(order, "web", 3)).append('\\n');
                    out.append(shop.toDto(new ShopMapper.Order(1L, null, null, null, Optional.empty(), null, null,
                            null, 0), null, 0)).append('\\n');
                    out.append(shop.customers(List.of(customer))).append('\\n');
                    ShopMapper.LineDto target = new ShopMapper.LineDto();
                    shop.update(pen, target);
                    out.append(target).append('\\n');
                    out.append(shop.toDto(null, "x", 1)).append('\\n');

                    TreeMapper trees = new TreeMapperImpl();
                    TreeMapper.Node root = new TreeMapper.Node("root", List.of(), null);
                    TreeMapper.Node leaf = new TreeMapper.Node("leaf", List.of(), root);
                    out.append(trees.convert(new TreeMapper.Node("mid", List.of(leaf, leaf), root))).append('\\n');

                    PageMapper pages = new PageMapperImpl();
                    UUID a = UUID.fromString("a0000000-0000-0000-0000-000000000000");
                    UUID b = UUID.fromString("b0000000-0000-0000-0000-000000000000");
                    out.append(pages.page(new PageMapper.Page<>(List.of(a, b), 2, b))).append('\\n');
                    out.append(pages.box(new PageMapper.Box<>(home))).append('\\n');
                    return out.toString();
                }
            }
            """;

    private static final String EXPECTED = """
            OrderDto[42, CustomerDto[id=#12345678, name=Ann, address=AddressDto[street=1 Main St, city=Springfield],\
             previous=[AddressDto[street=2 Old Rd, city=Shelbyville]], since=2020-02-29, city=Springfield],\
             [LineDto[pen x3 @1.50, none], LineDto[ink x1 @7.25, none]],\
             {pen=LineDto[pen x3 @1.50, none], ink=LineDto[ink x1 @7.25, none]}, Optional[leave at door], RETIRED,\
             [LineDto[ink x1 @7.25, none]], [gift, rush], 7, web, EUR, 3, system]
            OrderDto[1, null, null, null, Optional.empty, null, null, null, 0, null, EUR, 0, system]
            [CustomerDto[id=#12345678, name=Ann, address=AddressDto[street=1 Main St, city=Springfield],\
             previous=[AddressDto[street=2 Old Rd, city=Shelbyville]], since=2020-02-29, city=Springfield]]
            LineDto[pen x6 @1.50, none]
            null
            NodeDto[name=mid, children=[NodeDto[name=leaf, children=[], parent=NodeDto[name=root, children=[],\
             parent=null]], NodeDto[name=leaf, children=[], parent=NodeDto[name=root, children=[], parent=null]]],\
             parent=NodeDto[name=root, children=[], parent=null]]
            PageDto[items=[id-a, id-b], total=2, first=id-b]
            BoxDto[value=AddressDto[street=1 Main St, city=Springfield]]
            """;

    @Test
    void convertersCompiledWithEcjConvertAsUnderJavac() throws ReflectiveOperationException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("shop/ShopMapper.java", SHOP_MAPPER);
        sources.put("shop/SharedCoercers.java", SHARED_COERCERS);
        sources.put("shop/TreeMapper.java", TREE_MAPPER);
        sources.put("shop/BaseMapper.java", BASE_MAPPER);
        sources.put("shop/PageMapper.java", PAGE_MAPPER);
        sources.put("shop/Demo.java", DEMO);

        String underJavac = compileAndRun(RobustCompiler.javac(), sources);
        String underEcj = compileAndRun(new EclipseCompiler(), sources);

        assertEquals(EXPECTED, underJavac);
        assertEquals(underJavac, underEcj);
    }

    /** A model that another processor writes in round 1 exists only from round 2 on, under ECJ too. */
    @Test
    void typesAnotherProcessorWritesAreWaitedForUnderEcj() throws ReflectiveOperationException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("shop/LateMapper.java", HEADER + """
                public interface LateMapper {
                    record Item(String name, Part part, List<Part> parts) {}
                    record PartDto(String label) {}
                    record ItemDto(String name, PartDto part, List<PartDto> parts) {}

                    @Converter
                    ItemDto convert(Item item);
                }
                """);
        sources.put("shop/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        return String.valueOf(new LateMapperImpl().convert(
                                new LateMapper.Item("a", new Part("b"), List.of(new Part("c")))));
                    }
                }
                """);
        LateType part = new LateType("shop.Part", HEADER + "public record Part(String label) {}\n", 1);

        String underJavac = compileAndRun(RobustCompiler.javac(), sources, part);
        String underEcj = compileAndRun(new EclipseCompiler(), sources, part);

        assertEquals("ItemDto[name=a, part=PartDto[label=b], parts=[PartDto[label=c]]]", underJavac);
        assertEquals(underJavac, underEcj);
    }

    /** The same errors, word for word, and no implementation for the converters that have them. */
    @Test
    void errorsAreReportedUnderEcjAsUnderJavac() {
        Map<String, String> sources = Map.of("shop/Broken.java", HEADER + """
                public interface Broken {
                    record Book(String title, int pages, Author author) {}
                    record Author(String name) {}
                    record AuthorDto(String name, int age) {}
                    record BookDto(String title, String pages, String isbn, AuthorDto author) {}

                    @Converter
                    @Link(from = "titel", to = "title")
                    BookDto convert(Book book);
                }
                """, "shop/Missing.java", HEADER + """
                public interface Missing {
                    record Book(String title, Publisher publisher) {}
                    record BookDto(String title, String publisher) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """, "shop/Fine.java", HEADER + """
                public interface Fine {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);
        List<String> expected = List.of(
                "[Transmute/UnknownPath] @Link from = \"titel\": Broken.Book has no property 'titel' (did you mean"
                        + " 'title'?)",
                "[Transmute/NoCoercion] Cannot convert Broken.Book.pages (int) to Broken.BookDto.pages (String): no"
                        + " rule converts int to String. Declare a @Coercer method from int to String, or name one"
                        + " with @Link(coercer = \"...\")",
                "[Transmute/Unlinked] Broken.BookDto.isbn (String) is not linked: no source property or parameter"
                        + " named 'isbn' (existing names: title, pages, author). Add @Link(from = \"...\", to ="
                        + " \"isbn\") or list \"isbn\" in allowUnlinked",
                "[Transmute/Unlinked] Broken.BookDto.author.age (int) is not linked: no source property or"
                        + " parameter named 'age' (did you mean 'name'?). Add @Link(from = \"...\", to ="
                        + " \"author.age\") or list \"author.age\" in allowUnlinked",
                "[Transmute/UnresolvedType] shop.Missing refers to Publisher, which does not exist; if another"
                        + " annotation processor generates it, that processor did not run or failed");

        List<String> underJavac = errors(RobustCompiler.javac(), sources);
        List<String> underEcj = errors(new EclipseCompiler(), sources);

        assertEquals(sorted(expected), sorted(underJavac));
        assertEquals(sorted(underJavac), sorted(underEcj));
    }

    /**
     * The valid cases of the fuzzer's first seeds, compiled in one run by each compiler: ECJ accepts
     * every one and generates the same implementations as javac, member for member (ECJ lists a
     * type's members in another order, so the generated methods come in another order).
     */
    @Test
    void validFuzzCasesGenerateTheSameImplementationsUnderEcj() {
        Map<String, String> sources = new LinkedHashMap<>();
        List<LateType> late = new ArrayList<>();
        List<FuzzCase> cases = new ArrayList<>();
        for (long seed = FUZZ_SEED; cases.size() < FUZZ_CASES; seed++) {
            FuzzCase fuzzCase = FuzzGenerator.generate(seed);
            if (fuzzCase.expect == FuzzCase.Expect.VALID) {
                cases.add(fuzzCase);
                sources.putAll(fuzzCase.sources);
                late.addAll(fuzzCase.late);
            }
        }
        long start = System.nanoTime();
        try (Output javac = RobustCompiler.compile(RobustCompiler.javac(), sources,
                List.of(new LateGenerator(late), new TransmuteProcessor()), options(RobustCompiler.javac()))) {
            long javacMillis = (System.nanoTime() - start) / 1_000_000;
            try (Output ecj = RobustCompiler.compile(new EclipseCompiler(), sources,
                    List.of(new LateGenerator(late), new TransmuteProcessor()), List.of("--release", "17",
                            "-warn:none"))) {
                System.out.printf("%d valid fuzz cases: javac %d ms, ECJ %d ms%n", cases.size(), javacMillis,
                        (System.nanoTime() - start) / 1_000_000 - javacMillis);
                assertTrue(javac.success, javac::report);
                assertTrue(ecj.success && ecj.thrown == null, ecj::report);
                Map<String, String> underJavac = javac.generatedSources();
                Map<String, String> underEcj = ecj.generatedSources();
                for (FuzzCase fuzzCase : cases) {
                    String path = fuzzCase.implementationPath;
                    assertTrue(underEcj.containsKey(path), () -> "no " + path + " under ECJ\n" + fuzzCase.describe());
                    assertEquals(members(underJavac.get(path)), members(underEcj.get(path)),
                            () -> path + " differs under ECJ\n" + fuzzCase.describe());
                }
            }
        }
    }

    /** Found by the test above: only the parameter names of inherited converters differed. */
    @Test
    void inheritedConverterKeepsItsParameterNamesUnderEcj() {
        Map<String, String> sources = Map.of("shop/Base.java", HEADER + """
                public interface Base<S, D> {
                    @Converter
                    D convert(S source);
                }
                """, "shop/Mapper.java", HEADER + """
                public interface Mapper extends Base<Mapper.Item, Mapper.ItemDto> {
                    record Item(String name) {}
                    record ItemDto(String name) {}
                }
                """);
        for (JavaCompiler compiler : List.of(RobustCompiler.javac(), new EclipseCompiler())) {
            try (Output output = RobustCompiler.compile(compiler, sources, List.of(new TransmuteProcessor()),
                    options(compiler))) {
                assertTrue(output.success, output::report);
                String implementation = output.generatedSources().get("shop/MapperImpl.java");
                assertTrue(implementation.contains("public Mapper.ItemDto convert(Mapper.Item source) {"),
                        () -> compiler.getClass().getSimpleName() + ":\n" + implementation);
            }
        }
    }

    /** The generated class's members (fields, methods, nested types), each as its text, sorted. */
    private static List<String> members(String source) {
        List<String> members = new ArrayList<>();
        StringBuilder member = new StringBuilder();
        for (String line : source.split("\n")) {
            if (line.isBlank() || line.equals("    @Override")) {
                continue;
            }
            member.append(line).append('\n');
            if (line.equals("    }") || !line.startsWith("    ")) {
                members.add(member.toString());
                member.setLength(0);
            }
        }
        members.add(member.toString());
        members.sort(null);
        return members;
    }

    private static List<String> sorted(List<String> messages) {
        List<String> copy = new ArrayList<>(messages);
        copy.sort(null);
        return copy;
    }

    /** The error messages, after checking that Broken got no implementation and Fine got one. */
    private static List<String> errors(JavaCompiler compiler, Map<String, String> sources) {
        try (Output output = RobustCompiler.compile(compiler, sources, List.of(new TransmuteProcessor()),
                options(compiler))) {
            assertNull(output.thrown, output::report);
            assertFalse(output.success, output::report);
            assertFalse(output.generatedSources().containsKey("shop/BrokenImpl.java"), output::report);
            assertTrue(output.generatedSources().containsKey("shop/FineImpl.java"), output::report);
            assertTrue(output.diagnostics.stream().noneMatch(RobustCompiler::isCrash), output::report);
            assertFalse(output.generatedSources().containsKey("shop/MissingImpl.java"), output::report);
            // The compilers' own errors (Publisher cannot be found) differ in wording.
            return output.errorMessages().stream().filter(message -> message.startsWith("[Transmute/")).toList();
        }
    }

    private static String compileAndRun(JavaCompiler compiler, Map<String, String> sources, LateType... late)
            throws ReflectiveOperationException {
        List<Processor> processors = List.of(new LateGenerator(List.of(late)), new TransmuteProcessor());
        try (Output output = RobustCompiler.compile(compiler, sources, processors, options(compiler))) {
            assertTrue(output.success && output.thrown == null, () -> compiler.getClass().getSimpleName()
                    + " failed:\n" + output.report());
            assertTrue(output.diagnostics.stream().noneMatch(RobustCompiler::isCrash), output::report);
            // ECJ warns by default about unused imports, raw types, unchecked conversions and more.
            List<String> generatedWarnings = output.diagnostics.stream()
                    .filter(d -> d.getSource() != null && d.getSource().getName().endsWith("Impl.java"))
                    .map(RobustCompiler::describe).toList();
            assertEquals(List.of(), generatedWarnings, "warnings in the generated code");
            return output.run("shop.Demo");
        }
    }

    private static List<String> options(JavaCompiler compiler) {
        return compiler instanceof EclipseCompiler ? List.of("--release", "17")
                : List.of("--release", "17", "-Xlint:all,-processing");
    }
}
