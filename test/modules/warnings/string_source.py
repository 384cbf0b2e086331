import warnings; warnings.warn("from -c"); warnings.warn("dep", DeprecationWarning)
