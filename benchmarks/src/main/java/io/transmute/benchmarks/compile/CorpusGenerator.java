package io.transmute.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the compile-time corpus: {@code n} groups, each in its own package, of models (an order
 * with a customer, an address, a list of items and an enum; DTOs with a nested address, a list of
 * item DTOs and another enum) and one converter interface, as a Transmute {@code @Converter}
 * interface and as the equivalent MapStruct {@code @Mapper}. Groups differ in the number of item
 * properties, so that the corpus is not 200 copies of one file.
 */
public final class CorpusGenerator {

    /** The files of one corpus: the models, and the converters for each processor. */
    public record Corpus(List<Path> models, List<Path> transmuteConverters, List<Path> mapStructMappers) {

        public List<Path> transmuteSources() {
            return concat(models, transmuteConverters);
        }

        public List<Path> mapStructSources() {
            return concat(models, mapStructMappers);
        }

        private static List<Path> concat(List<Path> first, List<Path> second) {
            List<Path> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }
    }

    private record Property(String type, String name) {
    }

    private final Path root;
    private final List<Path> models = new ArrayList<>();
    private final List<Path> transmuteConverters = new ArrayList<>();
    private final List<Path> mapStructMappers = new ArrayList<>();

    private CorpusGenerator(Path root) {
        this.root = root;
    }

    /** Writes {@code groups} groups under {@code root} (models in {@code root/models}, and so on). */
    public static Corpus generate(Path root, int groups) {
        CorpusGenerator generator = new CorpusGenerator(root);
        for (int group = 0; group < groups; group++) {
            generator.group(group);
        }
        return new Corpus(List.copyOf(generator.models), List.copyOf(generator.transmuteConverters),
                List.copyOf(generator.mapStructMappers));
    }

    /** Writes the corpus into a directory: {@code CorpusGenerator DIR [GROUPS]}. */
    public static void main(String[] args) {
        Corpus corpus = generate(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 200);
        System.out.println(corpus.models().size() + " model files, " + corpus.transmuteConverters().size()
                + " Transmute converters, " + corpus.mapStructMappers().size() + " MapStruct mappers");
    }

    private void group(int group) {
        String pkg = String.format("corpus.g%03d", group);
        List<Property> extras = new ArrayList<>();
        for (int i = 0; i < group % 5; i++) {
            extras.add(new Property(i % 2 == 0 ? "String" : "Integer", "extra" + i));
        }
        models.add(write("models", pkg, "Status", enumType(pkg, "Status")));
        models.add(write("models", pkg, "StatusDto", enumType(pkg, "StatusDto")));
        List<Property> address = List.of(new Property("String", "street"), new Property("String", "city"),
                new Property("String", "zip"));
        models.add(write("models", pkg, "Address", bean(pkg, "Address", address)));
        models.add(write("models", pkg, "AddressDto", bean(pkg, "AddressDto", address)));
        List<Property> item = new ArrayList<>(List.of(new Property("String", "sku"), new Property("String", "name"),
                new Property("int", "quantity"), new Property("double", "price")));
        item.addAll(extras);
        models.add(write("models", pkg, "Item", bean(pkg, "Item", item)));
        models.add(write("models", pkg, "ItemDto", bean(pkg, "ItemDto", item)));
        models.add(write("models", pkg, "Customer", bean(pkg, "Customer", List.of(new Property("Long", "id"),
                new Property("String", "name"), new Property("String", "email"),
                new Property("Address", "address")))));
        models.add(write("models", pkg, "Order", bean(pkg, "Order", List.of(new Property("long", "id"),
                new Property("Customer", "customer"), new Property("Address", "shippingAddress"),
                new Property("java.util.List<Item>", "items"), new Property("Status", "status"),
                new Property("java.time.LocalDate", "placedOn")))));
        models.add(write("models", pkg, "OrderDto", bean(pkg, "OrderDto", List.of(new Property("long", "id"),
                new Property("String", "customerName"), new Property("String", "customerEmail"),
                new Property("AddressDto", "shippingAddress"), new Property("java.util.List<ItemDto>", "items"),
                new Property("StatusDto", "status"), new Property("java.time.LocalDate", "placedOn")))));
        transmuteConverters.add(write("transmute", pkg, "OrderConverter", """
                package %s;

                import io.transmute.Converter;
                import io.transmute.Link;
                import java.util.List;

                public interface OrderConverter {
                    @Converter
                    @Link(from = "customer.name", to = "customerName")
                    @Link(from = "customer.email", to = "customerEmail")
                    OrderDto toDto(Order order);

                    @Converter
                    List<ItemDto> toItemDtos(List<Item> items);
                }
                """.formatted(pkg)));
        mapStructMappers.add(write("mapstruct", pkg, "OrderMapper", """
                package %s;

                import java.util.List;
                import org.mapstruct.Mapper;
                import org.mapstruct.Mapping;

                @Mapper
                public interface OrderMapper {
                    @Mapping(target = "customerName", source = "customer.name")
                    @Mapping(target = "customerEmail", source = "customer.email")
                    OrderDto toDto(Order order);

                    List<ItemDto> toItemDtos(List<Item> items);
                }
                """.formatted(pkg)));
    }

    private static String enumType(String pkg, String name) {
        return "package " + pkg + ";\n\npublic enum " + name + " {\n    NEW, PAID, SHIPPED, DELIVERED, CANCELLED\n}\n";
    }

    private static String bean(String pkg, String name, List<Property> properties) {
        StringBuilder out = new StringBuilder("package ").append(pkg).append(";\n\npublic class ")
                .append(name).append(" {\n");
        for (Property property : properties) {
            out.append("    private ").append(property.type()).append(' ').append(property.name()).append(";\n");
        }
        for (Property property : properties) {
            String suffix = Character.toUpperCase(property.name().charAt(0)) + property.name().substring(1);
            out.append("\n    public ").append(property.type()).append(" get").append(suffix).append("() {\n")
                    .append("        return ").append(property.name()).append(";\n    }\n");
            out.append("\n    public void set").append(suffix).append('(').append(property.type()).append(' ')
                    .append(property.name()).append(") {\n        this.").append(property.name())
                    .append(" = ").append(property.name()).append(";\n    }\n");
        }
        return out.append("}\n").toString();
    }

    private Path write(String set, String pkg, String type, String source) {
        Path file = root.resolve(set).resolve(pkg.replace('.', '/')).resolve(type + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
