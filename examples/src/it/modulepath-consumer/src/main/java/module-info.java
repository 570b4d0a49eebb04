/** A user's application module: it reads Orderly's CSV export, and Orderly's core through it. */
module com.example.shop {
  requires io.github.orderly.csv;
}
