package io.transmute.benchmarks.mapping;

import io.transmute.benchmarks.deep.HandwrittenDeepMapper;
import io.transmute.benchmarks.deep.Level1;
import io.transmute.benchmarks.deep.Level1Dto;
import io.transmute.benchmarks.deep.MapStructDeepMapper;
import io.transmute.benchmarks.deep.MapStructDeepMapperImpl;
import io.transmute.benchmarks.deep.TransmuteDeepConverter;
import io.transmute.benchmarks.deep.TransmuteDeepConverterImpl;
import io.transmute.benchmarks.order.HandwrittenOrderMapper;
import io.transmute.benchmarks.order.MapStructOrderMapper;
import io.transmute.benchmarks.order.MapStructOrderMapperImpl;
import io.transmute.benchmarks.order.Order;
import io.transmute.benchmarks.order.OrderDto;
import io.transmute.benchmarks.order.Product;
import io.transmute.benchmarks.order.ProductDto;
import io.transmute.benchmarks.order.TransmuteOrderConverter;
import io.transmute.benchmarks.order.TransmuteOrderConverterImpl;
import io.transmute.benchmarks.wide.HandwrittenWideMapper;
import io.transmute.benchmarks.wide.MapStructWideMapper;
import io.transmute.benchmarks.wide.MapStructWideMapperImpl;
import io.transmute.benchmarks.wide.TransmuteWideConverter;
import io.transmute.benchmarks.wide.TransmuteWideConverterImpl;
import io.transmute.benchmarks.wide.Wide;
import io.transmute.benchmarks.wide.WideDto;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modelmapper.ModelMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Run-time conversion, side by side: each model converted by hand-written code (the baseline),
 * Transmute, MapStruct and ModelMapper. Methods are named {@code <model>_<mapper>} so that
 * results compare by script. Run with {@code -prof gc} for bytes per conversion.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class MappingBenchmark {
    // Not final: JMH must not see them as constants.
    private Order order;
    private Wide wide;
    private Level1 deep;
    private List<Product> products;

    private HandwrittenOrderMapper handwrittenOrder;
    private HandwrittenWideMapper handwrittenWide;
    private HandwrittenDeepMapper handwrittenDeep;
    private TransmuteOrderConverter transmuteOrder;
    private TransmuteWideConverter transmuteWide;
    private TransmuteDeepConverter transmuteDeep;
    private MapStructOrderMapper mapStructOrder;
    private MapStructWideMapper mapStructWide;
    private MapStructDeepMapper mapStructDeep;
    private ModelMapper modelMapper;

    @Setup
    public void setUp() {
        order = Fixtures.order();
        wide = Fixtures.wide();
        deep = Fixtures.deep();
        products = Fixtures.products();
        handwrittenOrder = new HandwrittenOrderMapper();
        handwrittenWide = new HandwrittenWideMapper();
        handwrittenDeep = new HandwrittenDeepMapper();
        transmuteOrder = new TransmuteOrderConverterImpl();
        transmuteWide = new TransmuteWideConverterImpl();
        transmuteDeep = new TransmuteDeepConverterImpl();
        mapStructOrder = new MapStructOrderMapperImpl();
        mapStructWide = new MapStructWideMapperImpl();
        mapStructDeep = new MapStructDeepMapperImpl();
        modelMapper = ModelMappers.create();
    }

    @Benchmark
    public OrderDto order_handwritten() {
        return handwrittenOrder.toDto(order);
    }

    @Benchmark
    public OrderDto order_transmute() {
        return transmuteOrder.toDto(order);
    }

    @Benchmark
    public OrderDto order_mapstruct() {
        return mapStructOrder.toDto(order);
    }

    @Benchmark
    public OrderDto order_modelmapper() {
        return modelMapper.map(order, OrderDto.class);
    }

    @Benchmark
    public WideDto wide_handwritten() {
        return handwrittenWide.toDto(wide);
    }

    @Benchmark
    public WideDto wide_transmute() {
        return transmuteWide.toDto(wide);
    }

    @Benchmark
    public WideDto wide_mapstruct() {
        return mapStructWide.toDto(wide);
    }

    @Benchmark
    public WideDto wide_modelmapper() {
        return modelMapper.map(wide, WideDto.class);
    }

    @Benchmark
    public Level1Dto deep_handwritten() {
        return handwrittenDeep.toDto(deep);
    }

    @Benchmark
    public Level1Dto deep_transmute() {
        return transmuteDeep.toDto(deep);
    }

    @Benchmark
    public Level1Dto deep_mapstruct() {
        return mapStructDeep.toDto(deep);
    }

    @Benchmark
    public Level1Dto deep_modelmapper() {
        return modelMapper.map(deep, Level1Dto.class);
    }

    @Benchmark
    public List<ProductDto> list_handwritten() {
        return handwrittenOrder.toDtos(products);
    }

    @Benchmark
    public List<ProductDto> list_transmute() {
        return transmuteOrder.toDtos(products);
    }

    @Benchmark
    public List<ProductDto> list_mapstruct() {
        return mapStructOrder.toDtos(products);
    }

    @Benchmark
    public List<ProductDto> list_modelmapper() {
        return modelMapper.map(products, ModelMappers.PRODUCT_DTO_LIST);
    }
}
