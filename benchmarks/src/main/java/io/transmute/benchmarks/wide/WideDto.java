package io.transmute.benchmarks.wide;

/** The wide model's destination: the same properties; two enums are converted to other enum types by name. */
public class WideDto {
    private long id;
    private int count;
    private int quantity;
    private double price;
    private float weight;
    private boolean active;
    private short level;
    private byte code;
    private char grade;
    private long timestamp;
    private Integer stock;
    private Long views;
    private Double score;
    private Boolean verified;
    private Integer rank;
    private Long revision;
    private Short floor;
    private Float ratio;
    private String name;
    private String title;
    private String description;
    private String email;
    private String phone;
    private String city;
    private String country;
    private String zip;
    private StatusDto status;
    private PriorityDto priority;
    private Category category;
    private Kind kind;

    public WideDto() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public double getPrice() {
        return price;
    }

    public void setPrice(double price) {
        this.price = price;
    }

    public float getWeight() {
        return weight;
    }

    public void setWeight(float weight) {
        this.weight = weight;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public short getLevel() {
        return level;
    }

    public void setLevel(short level) {
        this.level = level;
    }

    public byte getCode() {
        return code;
    }

    public void setCode(byte code) {
        this.code = code;
    }

    public char getGrade() {
        return grade;
    }

    public void setGrade(char grade) {
        this.grade = grade;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public Long getViews() {
        return views;
    }

    public void setViews(Long views) {
        this.views = views;
    }

    public Double getScore() {
        return score;
    }

    public void setScore(Double score) {
        this.score = score;
    }

    public Boolean getVerified() {
        return verified;
    }

    public void setVerified(Boolean verified) {
        this.verified = verified;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public Long getRevision() {
        return revision;
    }

    public void setRevision(Long revision) {
        this.revision = revision;
    }

    public Short getFloor() {
        return floor;
    }

    public void setFloor(Short floor) {
        this.floor = floor;
    }

    public Float getRatio() {
        return ratio;
    }

    public void setRatio(Float ratio) {
        this.ratio = ratio;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public StatusDto getStatus() {
        return status;
    }

    public void setStatus(StatusDto status) {
        this.status = status;
    }

    public PriorityDto getPriority() {
        return priority;
    }

    public void setPriority(PriorityDto priority) {
        this.priority = priority;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof WideDto that)) {
            return false;
        }
        return id == that.id
                && count == that.count
                && quantity == that.quantity
                && Double.compare(price, that.price) == 0
                && Float.compare(weight, that.weight) == 0
                && active == that.active
                && level == that.level
                && code == that.code
                && grade == that.grade
                && timestamp == that.timestamp
                && java.util.Objects.equals(stock, that.stock)
                && java.util.Objects.equals(views, that.views)
                && java.util.Objects.equals(score, that.score)
                && java.util.Objects.equals(verified, that.verified)
                && java.util.Objects.equals(rank, that.rank)
                && java.util.Objects.equals(revision, that.revision)
                && java.util.Objects.equals(floor, that.floor)
                && java.util.Objects.equals(ratio, that.ratio)
                && java.util.Objects.equals(name, that.name)
                && java.util.Objects.equals(title, that.title)
                && java.util.Objects.equals(description, that.description)
                && java.util.Objects.equals(email, that.email)
                && java.util.Objects.equals(phone, that.phone)
                && java.util.Objects.equals(city, that.city)
                && java.util.Objects.equals(country, that.country)
                && java.util.Objects.equals(zip, that.zip)
                && java.util.Objects.equals(status, that.status)
                && java.util.Objects.equals(priority, that.priority)
                && java.util.Objects.equals(category, that.category)
                && java.util.Objects.equals(kind, that.kind);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, count, quantity, price, weight, active, level, code, grade, timestamp, stock, views, score, verified, rank, revision, floor, ratio, name, title, description, email, phone, city, country, zip, status, priority, category, kind);
    }

    @Override
    public String toString() {
        return "WideDto[" + "id=" + id + ", " + "count=" + count + ", " + "quantity=" + quantity + ", " + "price=" + price + ", " + "weight=" + weight + ", " + "active=" + active + ", " + "level=" + level + ", " + "code=" + code + ", " + "grade=" + grade + ", " + "timestamp=" + timestamp + ", " + "stock=" + stock + ", " + "views=" + views + ", " + "score=" + score + ", " + "verified=" + verified + ", " + "rank=" + rank + ", " + "revision=" + revision + ", " + "floor=" + floor + ", " + "ratio=" + ratio + ", " + "name=" + name + ", " + "title=" + title + ", " + "description=" + description + ", " + "email=" + email + ", " + "phone=" + phone + ", " + "city=" + city + ", " + "country=" + country + ", " + "zip=" + zip + ", " + "status=" + status + ", " + "priority=" + priority + ", " + "category=" + category + ", " + "kind=" + kind + "]";
    }
}
