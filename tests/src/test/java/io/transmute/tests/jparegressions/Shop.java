package io.transmute.tests.jparegressions;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Orders with two kinds of children, merged by id in @Into updates. */
final class Shop {
    private Shop() {
    }

    static final Class<?>[] ENTITIES = {Order.class, Line.class, Note.class, Product.class};

    @Entity(name = "RegProduct")
    public static class Product {
        @Id
        @GeneratedValue
        private Long id;
        private String name;

        protected Product() {
        }

        public Product(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Entity(name = "RegOrder")
    public static class Order {
        @Id
        @GeneratedValue
        private Long id;
        @Version
        private int version;
        private String customer;
        @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
        private List<Line> lines = new ArrayList<>();
        @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
        private Set<Note> notes = new LinkedHashSet<>();

        protected Order() {
        }

        public Order(String customer) {
            this.customer = customer;
        }

        public Long getId() {
            return id;
        }

        public int getVersion() {
            return version;
        }

        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        public List<Line> getLines() {
            return lines;
        }

        public Set<Note> getNotes() {
            return notes;
        }

        public Line addLine(String label, int qty, Product product) {
            Line line = new Line();
            line.setLabel(label);
            line.setQty(qty);
            line.setProduct(product);
            line.setOrder(this);
            lines.add(line);
            return line;
        }

        public Note addNote(String text) {
            Note note = new Note();
            note.setText(text);
            note.setOrder(this);
            notes.add(note);
            return note;
        }
    }

    @Entity(name = "RegLine")
    public static class Line {
        @Id
        @GeneratedValue
        private Long id;
        @Version
        private Integer version;
        @ManyToOne(fetch = FetchType.LAZY)
        private Order order;
        private String label;
        private int qty;
        @ManyToOne(fetch = FetchType.LAZY)
        private Product product;

        public Long getId() {
            return id;
        }

        public Integer getVersion() {
            return version;
        }

        public Order getOrder() {
            return order;
        }

        public void setOrder(Order order) {
            this.order = order;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public int getQty() {
            return qty;
        }

        public void setQty(int qty) {
            this.qty = qty;
        }

        public Product getProduct() {
            return product;
        }

        public void setProduct(Product product) {
            this.product = product;
        }
    }

    @Entity(name = "RegNote")
    public static class Note {
        @Id
        @GeneratedValue
        private Long id;
        @ManyToOne(fetch = FetchType.LAZY)
        private Order order;
        private String text;

        public Long getId() {
            return id;
        }

        public Order getOrder() {
            return order;
        }

        public void setOrder(Order order) {
            this.order = order;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
