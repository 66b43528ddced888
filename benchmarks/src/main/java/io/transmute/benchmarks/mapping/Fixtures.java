package io.transmute.benchmarks.mapping;

import io.transmute.benchmarks.deep.Level1;
import io.transmute.benchmarks.deep.Level2;
import io.transmute.benchmarks.deep.Level3;
import io.transmute.benchmarks.deep.Level4;
import io.transmute.benchmarks.deep.Level5;
import io.transmute.benchmarks.order.Address;
import io.transmute.benchmarks.order.Customer;
import io.transmute.benchmarks.order.Order;
import io.transmute.benchmarks.order.Product;
import io.transmute.benchmarks.wide.Category;
import io.transmute.benchmarks.wide.Kind;
import io.transmute.benchmarks.wide.Priority;
import io.transmute.benchmarks.wide.Status;
import io.transmute.benchmarks.wide.Wide;
import java.util.ArrayList;
import java.util.List;

/** The source objects every mapper converts: the same instances for all of them. */
public final class Fixtures {
    /** The size of the list model. */
    public static final int LIST_SIZE = 1_000;

    private Fixtures() {
    }

    public static Order order() {
        Customer customer = new Customer();
        customer.setName("Ada Lovelace");
        customer.setBillingAddress(address("12 Analytical Row", "London"));
        customer.setShippingAddress(address("1 Engine Yard", "Cambridge"));
        Order order = new Order();
        order.setCustomer(customer);
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            products.add(product(i));
        }
        order.setProducts(products);
        return order;
    }

    public static List<Product> products() {
        List<Product> products = new ArrayList<>(LIST_SIZE);
        for (int i = 0; i < LIST_SIZE; i++) {
            products.add(product(i));
        }
        return products;
    }

    public static Wide wide() {
        Wide wide = new Wide();
        wide.setId(4_711L);
        wide.setCount(12);
        wide.setQuantity(3);
        wide.setPrice(19.99);
        wide.setWeight(0.75f);
        wide.setActive(true);
        wide.setLevel((short) 7);
        wide.setCode((byte) 42);
        wide.setGrade('A');
        wide.setTimestamp(1_700_000_000_000L);
        wide.setStock(250);
        wide.setViews(1_000_000L);
        wide.setScore(4.5);
        wide.setVerified(Boolean.TRUE);
        wide.setRank(1_000); // beyond the Integer cache: a boxed value hand-written code copies as is
        wide.setRevision(3L);
        wide.setFloor((short) 2);
        wide.setRatio(0.25f);
        wide.setName("Widget");
        wide.setTitle("The widget of widgets");
        wide.setDescription("A widget that does everything a widget should");
        wide.setEmail("sales@example.com");
        wide.setPhone("+44 20 7946 0000");
        wide.setCity("London");
        wide.setCountry("GB");
        wide.setZip("EC1A 1BB");
        wide.setStatus(Status.SHIPPED);
        wide.setPriority(Priority.HIGH);
        wide.setCategory(Category.TOOLS);
        wide.setKind(Kind.PHYSICAL);
        return wide;
    }

    public static Level1 deep() {
        Level5 level5 = new Level5();
        fill(level5, 5);
        Level4 level4 = new Level4();
        level4.setName("level 4");
        level4.setValue(4);
        level4.setCode(40L);
        level4.setNext(level5);
        Level3 level3 = new Level3();
        level3.setName("level 3");
        level3.setValue(3);
        level3.setCode(30L);
        level3.setNext(level4);
        Level2 level2 = new Level2();
        level2.setName("level 2");
        level2.setValue(2);
        level2.setCode(20L);
        level2.setNext(level3);
        Level1 level1 = new Level1();
        level1.setName("level 1");
        level1.setValue(1);
        level1.setCode(10L);
        level1.setNext(level2);
        return level1;
    }

    private static void fill(Level5 level5, int depth) {
        level5.setName("level " + depth);
        level5.setValue(depth);
        level5.setCode(depth * 10L);
    }

    private static Address address(String street, String city) {
        Address address = new Address();
        address.setStreet(street);
        address.setCity(city);
        return address;
    }

    private static Product product(int i) {
        Product product = new Product();
        product.setName("Product " + i);
        product.setSku("SKU-" + (10_000 + i));
        product.setPrice(1.5 + i);
        product.setQuantity(1 + i % 7);
        return product;
    }
}
