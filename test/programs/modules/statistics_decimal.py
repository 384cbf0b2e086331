# statistics on Decimal and Fraction data: results keep the data's type
import statistics as st
from decimal import Decimal
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.25"), Decimal("7.10"), Decimal("12.00")]
print(st.mean(prices), st.median(prices), st.variance(prices), st.pvariance(prices))
print(st.stdev(prices), st.pstdev(prices), st.stdev([Decimal(2), Decimal(2)]))
print(st.variance([Fraction(1), Fraction(2), Fraction(4)]), st.pstdev([Fraction(1), Fraction(2)]))
print(st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([Decimal("1.1"), Decimal("2.2")]))
