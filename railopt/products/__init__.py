"""Products: the catalogue of passes and tickets, what they cover, and who may buy them."""

from railopt.products.catalogue import Product, catalogue, find_product
from railopt.products.coverage import Cover, cover
from railopt.products.eligibility import Traveller, eligibility

__all__ = ["Cover", "Product", "Traveller", "catalogue", "cover", "eligibility", "find_product"]
