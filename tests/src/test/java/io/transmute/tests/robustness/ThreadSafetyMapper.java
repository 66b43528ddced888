package io.transmute.tests.robustness;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.Link;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Nested models with collections, maps, optionals, enums and coercers, converted from many threads at once. */
public interface ThreadSafetyMapper {

    enum Status { NEW, PAID, SHIPPED }

    enum StatusDto { NEW, PAID, SHIPPED, LOST }

    record Item(String sku, int quantity, BigDecimal price, List<String> tags) {
    }

    record ItemDto(String sku, long quantity, String price, Set<String> tags) {
    }

    record Customer(UUID id, String name, Map<String, String> attributes, Customer referrer) {
    }

    record CustomerDto(String id, String name, Map<String, String> attributes, CustomerDto referrer) {
    }

    record Order(long id, Customer customer, List<Item> items, Map<String, Item> bySku, Optional<Item> gift,
            Status status, LocalDate placed, List<List<Item>> parcels) {
    }

    record OrderDto(long id, CustomerDto customer, List<ItemDto> items, Map<String, ItemDto> bySku,
            Optional<ItemDto> gift, StatusDto status, String placed, List<List<ItemDto>> parcels, String clerk,
            String customerName) {
    }

    /** A mutable destination, updated in place. */
    final class ItemBean {
        private String sku;
        private long quantity;
        private String price;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public long getQuantity() {
            return quantity;
        }

        public void setQuantity(long quantity) {
            this.quantity = quantity;
        }

        public String getPrice() {
            return price;
        }

        public void setPrice(String price) {
            this.price = price;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ItemBean bean && Objects.equals(sku, bean.sku) && quantity == bean.quantity
                    && Objects.equals(price, bean.price);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku, quantity, price);
        }
    }

    @Converter
    @Link(from = "customer.name", to = "customerName")
    OrderDto convert(Order order, String clerk);

    @Converter
    @Link(from = "customer.name", to = "customerName")
    List<OrderDto> convertAll(List<Order> orders, String clerk);

    @Converter
    void update(Item item, @Into ItemBean target);

    /** Looked up for the first time by many threads at once, and by nothing else. */
    interface Lookup {
        record Note(String text) {
        }

        record NoteDto(String text) {
        }

        @Converter
        NoteDto convert(Note note);
    }

    @Coercer
    static String money(BigDecimal amount) {
        return amount.toPlainString();
    }

    @Coercer
    static String id(UUID id) {
        return id.toString();
    }

    @Coercer
    static String date(LocalDate date) {
        return date.toString();
    }
}
