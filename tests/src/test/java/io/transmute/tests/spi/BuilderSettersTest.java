package io.transmute.tests.spi;

import static io.transmute.tests.spi.SpiAccessorNamingTest.HEADER;
import static io.transmute.tests.spi.SpiBuildersTest.assertGenerated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.tests.spi.SpiCompiler.Output;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a builder's setters are called, without the libraries that found the rules: a setter is never
 * given null (Lombok's {@code @Singular} setters and protobuf's throw), so a value that may be null
 * is checked first and, when null, the builder keeps its default.
 */
class BuilderSettersTest {

    /** A team whose builder rejects nulls as Lombok's {@code @Singular} and protobuf's setters do. */
    private static final String TEAM = HEADER + """
            public final class Team {
                private final String name;
                private final List<String> members;
                private final int size;

                Team(String name, List<String> members, int size) {
                    this.name = name;
                    this.members = members;
                    this.size = size;
                }

                public static Builder builder() { return new Builder(); }

                public String getName() { return name; }
                public List<String> getMembers() { return members; }
                public int getSize() { return size; }

                @Override
                public String toString() { return name + members + size; }

                public static final class Builder {
                    private String name = "unnamed";
                    private final List<String> members = new ArrayList<>();
                    private int size;

                    Builder() {
                    }

                    public Builder name(String name) {
                        this.name = Objects.requireNonNull(name, "name");
                        return this;
                    }

                    public Builder members(Collection<? extends String> members) {
                        this.members.addAll(Objects.requireNonNull(members, "members"));
                        return this;
                    }

                    public Builder size(int size) {
                        this.size = size;
                        return this;
                    }

                    public Team build() { return new Team(name, List.copyOf(members), size); }
                }
            }
            """;

    @Test
    void aValueThatMayBeNullIsCheckedAndANullLeavesTheBuildersDefault() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Team.java", TEAM,
                "p/TeamMapper.java", HEADER + """
                        public interface TeamMapper {
                            record TeamForm(String name, List<String> members, int size) {}

                            @Converter
                            Team create(TeamForm form);
                        }
                        """, "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                TeamMapper mapper = new TeamMapperImpl();
                                return mapper.create(new TeamMapper.TeamForm("Engines", List.of("Ada"), 1))
                                        + " " + mapper.create(new TeamMapper.TeamForm(null, null, 0));
                            }
                        }
                        """))) {
            output.assertClean();
            assertEquals("Engines[Ada]1 unnamed[]0", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.TeamMapperImpl"), """
                    Team.Builder builder = Team.builder();
                    String name = form.name();
                    if (name != null) {
                        builder.name(name);
                    }
                    List<String> formMembers = form.members();
                    Collection<? extends String> members = formMembers == null ? null : new ArrayList<>(formMembers);
                    if (members != null) {
                        builder.members(members);
                    }
                    builder.size(form.size());
                    return builder.build();
                    """);
        }
    }

    @Test
    void valuesThatCannotBeNullAreChainedWithoutChecks() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Team.java", TEAM,
                "p/TeamMapper.java", HEADER + """
                        public interface TeamMapper {
                            record Count(int size) {}

                            @Converter(allowUnlinked = "members")
                            @LinkConstant(to = "name", value = "Solo")
                            Team create(Count count);
                        }
                        """, "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                return new TeamMapperImpl().create(new TeamMapper.Count(1)).toString();
                            }
                        }
                        """))) {
            output.assertClean();
            assertEquals("Solo[]1", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.TeamMapperImpl"), """
                    return Team.builder()
                            .name("Solo")
                            .size(count.size())
                            .build();
                    """);
        }
    }

    /** Immutables' builder of an {@code Optional<String> getSubtitle()}: two setters named subtitle. */
    private static final String EDITION = HEADER + """
            public final class Edition {
                private final Optional<String> subtitle;

                Edition(Optional<String> subtitle) { this.subtitle = subtitle; }

                public static Builder builder() { return new Builder(); }

                public Optional<String> getSubtitle() { return subtitle; }

                public static final class Builder {
                    private Optional<String> subtitle = Optional.empty();

                    Builder() {
                    }

                    public Builder subtitle(String subtitle) {
                        this.subtitle = Optional.of(subtitle);
                        return this;
                    }

                    @SuppressWarnings("unchecked")
                    public Builder subtitle(Optional<? extends String> subtitle) {
                        this.subtitle = (Optional<String>) Objects.requireNonNull(subtitle);
                        return this;
                    }

                    public Edition build() { return new Edition(subtitle); }
                }
            }
            """;

    @Test
    void ofOverloadedSettersTheOneTakingTheValuesTypeIsCalled() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Edition.java", EDITION,
                "p/EditionMapper.java", HEADER + """
                        public interface EditionMapper {
                            record Wrapped(Optional<String> subtitle) {}
                            record Plain(String subtitle) {}
                            record Numbered(Optional<Integer> subtitle) {}

                            @Converter
                            Edition fromWrapped(Wrapped wrapped);

                            @Converter
                            Edition fromPlain(Plain plain);

                            @Converter
                            Edition fromNumbered(Numbered numbered);

                            @Coercer
                            static String number(Integer number) {
                                return "No. " + number;
                            }
                        }
                        """, "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                EditionMapper mapper = new EditionMapperImpl();
                                return mapper.fromWrapped(new EditionMapper.Wrapped(Optional.of("One"))).getSubtitle()
                                        + " " + mapper.fromWrapped(new EditionMapper.Wrapped(Optional.empty())).getSubtitle()
                                        + " " + mapper.fromPlain(new EditionMapper.Plain("Two")).getSubtitle()
                                        + " " + mapper.fromPlain(new EditionMapper.Plain(null)).getSubtitle()
                                        + " " + mapper.fromNumbered(new EditionMapper.Numbered(Optional.of(3))).getSubtitle();
                            }
                        }
                        """))) {
            output.assertClean();
            assertEquals("Optional[One] Optional.empty Optional[Two] Optional.empty Optional[No. 3]", output.run("p.Demo"));
            String generated = output.generatedSource("p.EditionMapperImpl");
            assertGenerated(generated, """
                    Optional<String> wrappedSubtitle = wrapped.subtitle();
                    return Edition.builder()
                            .subtitle(wrappedSubtitle == null ? Optional.empty() : wrappedSubtitle)
                            .build();
                    """);
            assertGenerated(generated, """
                    String subtitle = plain.subtitle();
                    if (subtitle != null) {
                        builder.subtitle(subtitle);
                    }
                    """);
            assertGenerated(generated, ".subtitle(integerOptionalToStringOptional(numbered.subtitle()))");
        }
    }

    @Test
    void aCollectionWithoutSetterIsFilledThroughTheBuildersAddAll() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Account.java", HEADER + """
                public final class Account {
                    private final List<String> tags;

                    private Account(List<String> tags) { this.tags = tags; }

                    public static Builder newBuilder() { return new Builder(); }

                    public List<String> getTags() { return tags; }

                    /** As protobuf's builder of a repeated field: adders, no setter. */
                    public static final class Builder {
                        private final List<String> tags = new ArrayList<>();

                        public Builder addTags(String tag) { tags.add(Objects.requireNonNull(tag)); return this; }
                        public Builder addAllTags(Iterable<String> values) {
                            values.forEach(this::addTags);
                            return this;
                        }
                        public Account build() { return new Account(List.copyOf(tags)); }
                    }
                }
                """, "p/AccountMapper.java", HEADER + """
                public interface AccountMapper {
                    record AccountDto(Set<String> tags) {}

                    @Converter
                    Account create(AccountDto dto);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        AccountMapper mapper = new AccountMapperImpl();
                        return mapper.create(new AccountMapper.AccountDto(new TreeSet<>(Set.of("b", "a")))).getTags()
                                + " " + mapper.create(new AccountMapper.AccountDto(null)).getTags();
                    }
                }
                """))) {
            output.assertClean();
            assertEquals("[a, b] []", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.AccountMapperImpl"), """
                    if (tags != null) {
                        builder.addAllTags(tags);
                    }
                    """);
        }
    }

    @Test
    void aMapWithoutSetterIsFilledThroughTheBuildersPutAll() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Board.java", HEADER + """
                public final class Board {
                    private final Map<String, Integer> scores;

                    private Board(Map<String, Integer> scores) { this.scores = scores; }

                    public static Builder newBuilder() { return new Builder(); }

                    public Map<String, Integer> getScores() { return scores; }

                    /** As protobuf's builder of a map field: putAll and put, no setter. */
                    public static final class Builder {
                        private final Map<String, Integer> scores = new TreeMap<>();

                        public Builder putScores(String key, int value) { scores.put(key, value); return this; }
                        public Builder putAllScores(Map<String, Integer> values) {
                            values.forEach(this::putScores);
                            return this;
                        }
                        public Board build() { return new Board(Map.copyOf(scores)); }
                    }
                }
                """, "p/BoardMapper.java", HEADER + """
                public interface BoardMapper {
                    record BoardDto(Map<String, Integer> scores) {}

                    @Converter
                    Board create(BoardDto dto);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        BoardMapper mapper = new BoardMapperImpl();
                        return new TreeMap<>(mapper.create(new BoardMapper.BoardDto(Map.of("ada", 3, "bob", 1)))
                                .getScores()) + " " + mapper.create(new BoardMapper.BoardDto(null)).getScores();
                    }
                }
                """))) {
            output.assertClean();
            assertEquals("{ada=3, bob=1} {}", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.BoardMapperImpl"), """
                    if (scores != null) {
                        builder.putAllScores(scores);
                    }
                    """);
        }
    }
}
