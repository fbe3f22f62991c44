# Times glmnet (Friedman, Hastie & Tibshirani 2010) on the problems that bench/linear.bench.mjs
# writes: Rscript bench/glmnet_paths.R problems.txt   (Debian: apt-get install r-cran-glmnet)
#
# Input, numbers separated by white space (base R's scan(); jsonlite is not needed):
#   repeats nProblems nSettings, then per setting: l1Ratio tol,
#   then per problem: n p, X row by row (n·p numbers), y (n), and per setting: K, then K alphas.
# Output: one line per problem and setting, in that order, "ms gap ms thresh gap": the time and
# the largest relative duality gap at glmnet's default thresh (1e-7), then at the calibrated one.
#
# The same fit: glmnet's gaussian objective is (1/2n)·RSS + lambda·(alpha‖w‖₁ + (1−alpha)/2·‖w‖²),
# with standardize = FALSE and an intercept. But glmnet divides y by its standard deviation s
# (1/n formula) and lambda by s before fitting, which leaves the lasso unchanged and divides the
# ridge part by s. So for our (α, ρ) we pass lambda = α·(ρ + s(1 − ρ)) and alpha = ρ/(ρ + s(1 − ρ)),
# the conversion of src/lib/crosswalk.ts (for the lasso, lambda = α and alpha = 1): then the
# duality gap of our objective at glmnet's solutions goes to 0 as thresh does. Our exact grid is
# passed; glmnet.control(fdev = 0, devmax = 1) keeps glmnet from ending the path early.
#
# The same stopping rule: glmnet's thresh bounds the largest decrease of the objective by one
# coordinate update in a sweep, relative to the null deviance; ours and scikit-learn's stop when
# the duality gap is below tol·‖y − ȳ‖² (n-scaled units), which bounds the distance to the optimum.
# These are different quantities, so we time glmnet twice: at its default thresh (1e-7, what its
# users get) and at the largest of 1e-4, 1e-5, …, 1e-13 whose solutions meet our duality-gap test
# at every λ of the path (the same guarantee as ours and scikit-learn's; on these problems glmnet
# needs 1e-8 to 1e-10 for tol 1e-4, and even 1e-13 does not reach tol 1e-8). Times are the best of
# `repeats` fits, measured inside R (no R start-up), including glmnet's own centring and checks.
suppressPackageStartupMessages(library(glmnet))
glmnet.control(fdev = 0, devmax = 1)

nums <- scan(commandArgs(trailingOnly = TRUE)[1], what = double(), quiet = TRUE)
at <- 0
take <- function(k) {
  at <<- at + k
  nums[(at - k + 1):at]
}

# Largest duality gap of our objective (α = lambda[k], ρ) along the path, relative to ‖y − ȳ‖²
# (as scikit-learn's _cd_fast.pyx computes it).
max_rel_gap <- function(fit, X, y, rho, lambda) {
  n <- nrow(X)
  Xc <- sweep(X, 2, colMeans(X))
  yc <- y - mean(y)
  if (length(fit$lambda) < length(lambda)) return(Inf)
  worst <- 0
  for (k in seq_along(lambda)) {
    w <- as.numeric(fit$beta[, k])
    r <- yc - Xc %*% w
    l1 <- lambda[k] * rho * n
    l2 <- lambda[k] * (1 - rho) * n
    xta <- crossprod(Xc, r) - l2 * w
    dual <- max(abs(xta))
    r2 <- sum(r^2)
    c <- if (dual > l1) l1 / dual else 1
    gap <- 0.5 * (r2 + r2 * c^2) + l1 * sum(abs(w)) - c * sum(r * yc) + 0.5 * l2 * (1 + c^2) * sum(w^2)
    worst <- max(worst, gap / sum(yc^2))
  }
  worst
}

# Best time of `repeats` fits, in ms (Sys.time has microsecond resolution on Linux).
best_ms <- function(fit_with, thresh, repeats) {
  best <- Inf
  for (r in seq_len(repeats)) {
    t0 <- Sys.time()
    fit_with(thresh)
    best <- min(best, as.numeric(Sys.time() - t0, units = "secs") * 1000)
  }
  best
}

hdr <- take(3)
repeats <- hdr[1]
settings <- matrix(take(2 * hdr[3]), ncol = 2, byrow = TRUE)
for (pb in seq_len(hdr[2])) {
  shape <- take(2)
  X <- matrix(take(shape[1] * shape[2]), nrow = shape[1], byrow = TRUE)
  y <- take(shape[1])
  for (s in seq_len(nrow(settings))) {
    rho <- settings[s, 1]
    tol <- settings[s, 2]
    count <- take(1) # (not take(take(1)): R would read `at` before the inner take moved it)
    lambda <- take(count)
    scale <- rho + sqrt(mean((y - mean(y))^2)) * (1 - rho)
    fit_with <- function(thresh) {
      glmnet(X, y, family = "gaussian", alpha = rho / scale, lambda = lambda * scale,
             standardize = FALSE, intercept = TRUE, thresh = thresh, maxit = 1e5)
    }
    for (thresh in 10^-(4:13)) {
      gap <- max_rel_gap(fit_with(thresh), X, y, rho, lambda)
      if (gap < tol) break
    }
    cat(sprintf("%.4f %.3g %.4f %g %.3g\n", best_ms(fit_with, 1e-7, repeats),
                max_rel_gap(fit_with(1e-7), X, y, rho, lambda), best_ms(fit_with, thresh, repeats), thresh, gap))
  }
}
