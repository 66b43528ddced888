package io.transmute.tests.spi;

import static io.transmute.tests.spi.SpiAccessorNamingTest.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.processor.diagnostics.Message;
import io.transmute.tests.errors.Reports;
import io.transmute.tests.spi.SpiCompiler.Output;
import io.transmute.tests.spi.SpiCompiler.Plugins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's MappingExclusionProvider: a type it excludes is never converted as a nested model
 * automatically; a @Coercer or a converter method for it still applies.
 */
public class SpiExclusionTest {

    private static Plugins plugins;

    @BeforeAll
    static void compilePlugins() {
        plugins = SpiCompiler.plugins(Map.of("plugins/NoMoney.java", """
                package plugins;

                import javax.lang.model.element.TypeElement;
                import org.mapstruct.ap.spi.MappingExclusionProvider;

                /** Money is converted only by the user's own methods. */
                public class NoMoney implements MappingExclusionProvider {
                    @Override
                    public boolean isExcluded(TypeElement type) {
                        return type.getSimpleName().contentEquals("Money");
                    }
                }
                """), Map.of("org.mapstruct.ap.spi.MappingExclusionProvider", List.of("plugins.NoMoney")));
    }

    @AfterAll
    static void deletePlugins() {
        plugins.close();
    }

    @Test
    @Reports(Message.NO_COERCION)
    void anExcludedTypeIsNotConvertedAsANestedModel() {
        try (Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/OrderMapper.java", HEADER + """
                public interface OrderMapper {
                    record Money(long cents, String currency) {}
                    record MoneyDto(long cents, String currency) {}
                    record Order(String id, Money total) {}
                    record OrderDto(String id, MoneyDto total) {}

                    @Converter
                    OrderDto toDto(Order order);
                }
                """))) {
            output.assertError(1, "[Transmute/NoCoercion] Cannot convert OrderMapper.Order.total (OrderMapper.Money) to"
                    + " OrderMapper.OrderDto.total (OrderMapper.MoneyDto): the MapStruct MappingExclusionProvider"
                    + " plugins.NoMoney excludes OrderMapper.Money from automatic nested conversions",
                    "p/OrderMapper.java", "OrderDto toDto(Order order);");
        }
    }

    @Test
    void aCoercerOrAConverterMethodStillConvertsIt() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/OrderMapper.java", HEADER + """
                public interface OrderMapper {
                    record Money(long cents, String currency) {}
                    record MoneyDto(long cents, String currency) {}
                    record Order(String id, Money total, List<Money> refunds) {}
                    record OrderDto(String id, MoneyDto total, List<String> refunds) {}

                    @Converter
                    OrderDto toDto(Order order);

                    @Converter
                    MoneyDto toDto(Money money);

                    @Coercer
                    static String format(Money money) {
                        return money.cents() + " " + money.currency();
                    }
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        OrderMapper.Money ten = new OrderMapper.Money(1000, "EUR");
                        return new OrderMapperImpl().toDto(new OrderMapper.Order("A1", ten, List.of(ten))).toString();
                    }
                }
                """))) {
            output.assertClean();
            assertEquals("OrderDto[id=A1, total=MoneyDto[cents=1000, currency=EUR], refunds=[1000 EUR]]",
                    output.run("p.Demo"));
        }
    }
}
