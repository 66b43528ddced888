package io.transmute.tests.jparegressions;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Entities whose collections have setters: a magazine mapped through its getters (property
 * access), a basket mapped through its fields; and an issue whose id is an {@code @EmbeddedId}.
 */
final class Press {
    private Press() {
    }

    static final Class<?>[] ENTITIES = {Publisher.class, Writer.class, Issue.class, Magazine.class, Basket.class,
            Item.class};

    @Entity(name = "RegPublisher")
    public static class Publisher {
        @Id
        @GeneratedValue
        private Long id;
        private String name;

        protected Publisher() {
        }

        public Publisher(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Entity(name = "RegWriter")
    public static class Writer {
        @Id
        @GeneratedValue
        private Long id;
        private String name;

        protected Writer() {
        }

        public Writer(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Embeddable
    public static class IssueKey implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private int number;

        protected IssueKey() {
        }

        public IssueKey(String code, int number) {
            this.code = code;
            this.number = number;
        }

        public String getCode() {
            return code;
        }

        public int getNumber() {
            return number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IssueKey key && key.code.equals(code) && key.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, number);
        }

        @Override
        public String toString() {
            return code + "#" + number;
        }
    }

    @Entity(name = "RegIssue")
    public static class Issue {
        @EmbeddedId
        private IssueKey key;
        private String title;

        protected Issue() {
        }

        public Issue(IssueKey key, String title) {
            this.key = key;
            this.title = title;
        }

        public IssueKey getKey() {
            return key;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** Property access: every mapping is on a getter, and the collections have setters. */
    @Entity(name = "RegMagazine")
    public static class Magazine {
        private Long key;
        private String heading;
        private Publisher owner;
        private Set<Writer> staff = new LinkedHashSet<>();
        private Issue featuredIssue;
        private List<String> topicList = new ArrayList<>();

        @Id
        @GeneratedValue
        public Long getId() {
            return key;
        }

        protected void setId(Long id) {
            this.key = id;
        }

        public String getTitle() {
            return heading;
        }

        public void setTitle(String title) {
            this.heading = title;
        }

        @ManyToOne(fetch = FetchType.LAZY)
        public Publisher getPublisher() {
            return owner;
        }

        public void setPublisher(Publisher publisher) {
            this.owner = publisher;
        }

        @ManyToMany
        public Set<Writer> getWriters() {
            return staff;
        }

        public void setWriters(Set<Writer> writers) {
            this.staff = writers;
        }

        @ManyToOne(fetch = FetchType.LAZY)
        public Issue getFeatured() {
            return featuredIssue;
        }

        public void setFeatured(Issue featured) {
            this.featuredIssue = featured;
        }

        @ElementCollection
        public List<String> getTopics() {
            return topicList;
        }

        public void setTopics(List<String> topics) {
            this.topicList = topics;
        }
    }

    /** Field access, with setters for its child entities and its element collection. */
    @Entity(name = "RegBasket")
    public static class Basket {
        @Id
        @GeneratedValue
        private Long id;
        @OneToMany(mappedBy = "basket", cascade = CascadeType.ALL, orphanRemoval = true)
        private List<Item> items = new ArrayList<>();
        @ElementCollection
        private Set<String> labels = new LinkedHashSet<>();

        public Long getId() {
            return id;
        }

        public List<Item> getItems() {
            return items;
        }

        public void setItems(List<Item> items) {
            this.items = items;
        }

        public Set<String> getLabels() {
            return labels;
        }

        public void setLabels(Set<String> labels) {
            this.labels = labels;
        }

        public Item addItem(String name) {
            Item item = new Item();
            item.setName(name);
            item.setBasket(this);
            items.add(item);
            return item;
        }
    }

    @Entity(name = "RegItem")
    public static class Item {
        @Id
        @GeneratedValue
        private Long id;
        @ManyToOne(fetch = FetchType.LAZY)
        private Basket basket;
        private String name;

        public Long getId() {
            return id;
        }

        public Basket getBasket() {
            return basket;
        }

        public void setBasket(Basket basket) {
            this.basket = basket;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
