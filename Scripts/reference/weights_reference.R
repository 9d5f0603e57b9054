#!/usr/bin/env Rscript
# weights_reference.R -- reference weights and weighting diagnostics from R's survey package
# (R 4.2.2, survey 4.1.1) for the weighting test cases.
#
#   Rscript Scripts/reference/weights_reference.R Tests/ParSurveyTests/Fixtures/weighting/cases/*
#
# Each case folder holds responses.csv (id, district, commune, gender, age_group, rtype, weight,
# q1..q5), the population files and plans/*.json (written by make_weighting_fixtures.py). This
# script writes, per case:
#   reference-weights.csv  id and one column per plan: the weights R computes for that plan
#   reference.json         per plan: the R call, Kish diagnostics overall and per district,
#                          IPF sweeps, trimmed counts; weighted shares per district; a raking
#                          stopped after 2 sweeps (weights and largest margin error)
# The plan <-> R call correspondence is in each plan's "description" and below. Every plan's
# weights come from a survey-package function except proportional trimming, which no survey
# function does on absolute weights: it is the plain-vector function trim_prop() below.
suppressPackageStartupMessages({ library(survey); library(jsonlite) })
options(warn = 1)
ctl <- list(maxit = 100, epsilon = 1e-10)

popdf <- function(file) {
  x <- read.csv(file, stringsAsFactors = FALSE, colClasses = "character")
  x$Freq <- as.numeric(x$total); x$total <- NULL
  x
}
kish <- function(w) {
  sw <- sum(w); sw2 <- sum(w^2); n <- length(w)
  list(respondents = n, sumOfWeights = sw, minWeight = min(w), meanWeight = mean(w), maxWeight = max(w),
       designEffect = n * sw2 / sw^2, effectiveSampleSize = sw^2 / sw2)
}
# IPF written out (closed_forms.R section 8): the number of full sweeps rake() needs with the same rule
ipf <- function(w, margins, eps = 1e-10, maxit = 100) {
  joint <- interaction(lapply(margins, `[[`, "f"), drop = TRUE)
  tab <- function(w) tapply(w, joint, sum)
  old <- tab(w); tol <- if (eps < 1) eps * sum(w) else eps
  for (it in seq_len(maxit)) {
    for (mg in margins) { gi <- as.integer(mg$f); w <- w * (mg$target / tapply(w, mg$f, sum))[gi] }
    new <- tab(w); if (max(abs(new - old)) < tol) return(structure(w, iter = it))
    old <- new
  }
  structure(w, iter = NA)
}
# largest relative margin error |sum w - target| / target over all margins
margin_error <- function(w, margins) {
  max(sapply(margins, function(mg) max(abs(tapply(w, mg$f, sum) - mg$target) / mg$target)))
}
# additive trimming as trimWeights(), tracking which rows were ever outside the bounds
trim_add <- function(w, lower, upper, strict) {
  ever <- rep(FALSE, length(w)); passes <- 0
  repeat {
    outside <- w < lower | w > upper
    if (!any(outside)) break
    ever <- ever | outside; passes <- passes + 1
    new <- pmax(lower, pmin(w, upper))
    new[!outside] <- new[!outside] + sum(w - new) / sum(!outside)
    w <- new
    if (!strict) break
  }
  structure(w, trimmed = sum(ever), passes = passes)
}
# proportional trimming: cap, then scale the untrimmed weights by (their sum + excess) / their sum
trim_prop <- function(w, lower, upper, strict) {
  ever <- rep(FALSE, length(w)); passes <- 0
  repeat {
    outside <- w < lower | w > upper
    if (!any(outside)) break
    ever <- ever | outside; passes <- passes + 1
    new <- pmax(lower, pmin(w, upper))
    s <- sum(w[!outside])
    new[!outside] <- new[!outside] * ((s + sum(w - new)) / s)
    w <- new
    if (!strict) break
  }
  structure(w, trimmed = sum(ever), passes = passes)
}
maxrel <- function(a, b) max(abs(a - b) / abs(b))
# trimWeights(strict = TRUE) recurses once per pass, and a weight capped at U is stored as 1/(1/U), which
# may exceed U by one ulp and be "trimmed" again, forever: on some data it ends with "C stack usage is too
# close to the limit". Then the reference is trim_add(), which is trimWeights() without the reciprocal
# (checked equal to 1e-12 wherever trimWeights() returns).
trim_ref <- function(design, lower, upper, strict) {
  w <- weights(design); y <- trim_add(w, lower, upper, strict)
  x <- tryCatch(weights(trimWeights(design, lower = lower, upper = upper, strict = strict)), error = function(e) NULL)
  if (!is.null(x)) stopifnot(maxrel(y, x) < 1e-12)
  structure(if (is.null(x)) as.vector(y) else x, trimmed = attr(y, "trimmed"), passes = attr(y, "passes"),
            trimWeightsReturned = !is.null(x))
}

one_case <- function(dir) {
  d <- read.csv(file.path(dir, "responses.csv"), stringsAsFactors = FALSE, na.strings = "",
                colClasses = c(id = "character", district = "character", commune = "character",
                               gender = "character", age_group = "character", rtype = "character"))
  plans <- sub("\\.json$", "", list.files(file.path(dir, "plans"), pattern = "\\.json$"))
  pg <- popdf(file.path(dir, "gender.csv")); pa <- popdf(file.path(dir, "age.csv"))
  pc <- popdf(file.path(dir, "commune.csv")); pdc <- popdf(file.path(dir, "district-commune.csv"))
  pdg <- popdf(file.path(dir, "district-gender.csv")); pda <- popdf(file.path(dir, "district-age.csv"))
  pdga <- popdf(file.path(dir, "district-gender-age.csv"))
  des <- svydesign(ids = ~1, weights = ~weight, data = d)
  W <- list(); info <- list(); checks <- list()
  note <- function(p, ...) info[[p]] <<- c(info[[p]], list(...))

  f <- function(v, levels) factor(d[[v]], levels = levels)
  m3 <- list(list(f = f("gender", pg$gender), target = pg$Freq), list(f = f("age_group", pa$age_group), target = pa$Freq),
             list(f = f("commune", pc$commune), target = pc$Freq))
  dkey <- function(...) interaction(list(...), drop = TRUE, sep = "|")
  within_m <- list(
    list(f = factor(paste(d$district, d$commune, sep = "|"), levels = paste(pdc$district, pdc$commune, sep = "|")), target = pdc$Freq),
    list(f = factor(paste(d$district, d$gender, sep = "|"), levels = paste(pdg$district, pdg$gender, sep = "|")), target = pdg$Freq),
    list(f = factor(paste(d$district, d$age_group, sep = "|"), levels = paste(pda$district, pda$age_group, sep = "|")), target = pda$Freq))
  cross_m <- list(within_m[[1]], list(f = factor(paste(d$district, d$gender, d$age_group, sep = "|"),
                                                 levels = paste(pdga$district, pdga$gender, pdga$age_group, sep = "|")),
                                      target = pdga$Freq))

  rake3 <- rake(des, list(~gender, ~age_group, ~commune), list(pg, pa, pc), control = ctl)
  w3 <- weights(rake3)
  r3 <- ipf(d$weight, m3); stopifnot(maxrel(r3, w3) < 1e-9)
  rakeW <- rake(des, list(~district + commune, ~district + gender, ~district + age_group), list(pdc, pdg, pda), control = ctl)
  wW <- weights(rakeW)
  rW <- ipf(d$weight, within_m); stopifnot(maxrel(rW, wW) < 1e-9)
  U <- 2.5 * mean(w3); L <- 0.4 * mean(w3)

  for (p in plans) {
    w <- switch(p,
      ps = { x <- weights(postStratify(des, ~commune, pc)); note(p, call = "postStratify(des, ~commune, pop_commune)"); x },
      ps_within = { x <- weights(postStratify(des, ~district + commune, pdc))
                    note(p, call = "postStratify(des, ~district + commune, pop_district_commune)"); x },
      rake = {
        # factor levels in the margins' order, so that model.matrix names match the population vector
        df <- d; df$gender <- factor(d$gender, levels = pg$gender); df$age_group <- factor(d$age_group, levels = pa$age_group)
        df$commune <- factor(d$commune, levels = pc$commune)
        cal <- calibrate(svydesign(ids = ~1, weights = ~weight, data = df), ~gender + age_group + commune,
                         population = c(`(Intercept)` = sum(pc$Freq), setNames(pg$Freq[-1], paste0("gender", pg$gender[-1])),
                                        setNames(pa$Freq[-1], paste0("age_group", pa$age_group[-1])),
                                        setNames(pc$Freq[-1], paste0("commune", pc$commune[-1]))),
                         calfun = "raking", maxit = 100, epsilon = 1e-10)
        W[["rake_calibrate"]] <- weights(cal)
        note(p, call = "rake(des, list(~gender, ~age_group, ~commune), pops, control = list(maxit = 100, epsilon = 1e-10))",
             sweeps = attr(r3, "iter"), maxMarginError = margin_error(w3, m3),
             calibrateMaxRelDiff = maxrel(weights(cal), w3))
        w3 },
      rake_within = {
        note(p, call = "rake(des, list(~district + commune, ~district + gender, ~district + age_group), pops, control)",
             sweeps = attr(rW, "iter"), maxMarginError = margin_error(wW, within_m),
             sweepsByDistrict = as.list(sapply(split(seq_len(nrow(d)), d$district), function(ix) {
               # sweeps of this district alone, with the whole sample's tolerance (rows outside keep their weight)
               joint <- interaction(lapply(within_m, function(mg) mg$f[ix]), drop = TRUE)
               ww <- d$weight; tol <- 1e-10 * sum(d$weight); old <- tapply(ww[ix], joint, sum)
               for (it in 1:100) {
                 for (mg in within_m) { s <- tapply(ww, mg$f, sum); r <- mg$target / s; r[is.na(r)] <- 1
                                        ww[ix] <- ww[ix] * r[as.integer(mg$f[ix])] }
                 new <- tapply(ww[ix], joint, sum); if (max(abs(new - old)) < tol) return(it); old <- new
               }
               NA })))
        wW },
      rake_cross = {
        x <- weights(rake(des, list(~district + commune, ~district + gender + age_group), list(pdc, pdga), control = ctl))
        rc <- ipf(d$weight, cross_m); stopifnot(maxrel(rc, x) < 1e-9)
        # rake() stops by its rule (change of the joint table < epsilon) even where no weights can meet the
        # margins (sparse cells): it then returns weights with a large margin error and no warning
        note(p, call = "rake(des, list(~district + commune, ~district + gender + age_group), pops, control)",
             sweeps = attr(rc, "iter"), maxMarginError = margin_error(x, cross_m))
        x },
      trim_add = {
        x <- weights(trimWeights(rake3, upper = U, strict = FALSE)); y <- trim_add(w3, -Inf, U, FALSE)
        stopifnot(maxrel(y, x) < 1e-12)
        note(p, call = "trimWeights(rake3, upper = 2.5 * mean(w), strict = FALSE)", upper = U,
             trimmed = attr(y, "trimmed"), passes = attr(y, "passes"), aboveUpperAfter = sum(x > U)); x },
      trim_add_strict = {
        x <- trim_ref(rake3, L, U, TRUE)
        note(p, call = "trimWeights(rake3, lower = 0.4 * mean(w), upper = 2.5 * mean(w), strict = TRUE)", lower = L, upper = U,
             trimmed = attr(x, "trimmed"), passes = attr(x, "passes"), trimWeightsReturned = attr(x, "trimWeightsReturned"))
        as.vector(x) },
      trim_prop = { y <- trim_prop(w3, L, U, TRUE)
        note(p, call = "trim_prop(rake3 weights, lower = 0.4 * mean, upper = 2.5 * mean, strict = TRUE) (plain R, this file)",
             lower = L, upper = U, trimmed = attr(y, "trimmed"), passes = attr(y, "passes")); as.vector(y) },
      trim_prop_once = { y <- trim_prop(w3, -Inf, U, FALSE)
        note(p, call = "trim_prop(rake3 weights, upper = 2.5 * mean, strict = FALSE) (plain R, this file)",
             upper = U, trimmed = attr(y, "trimmed"), passes = attr(y, "passes")); as.vector(y) },
      trim_within = {
        x <- wW; tr <- 0; ok <- TRUE
        for (k in unique(d$district)) {
          ix <- d$district == k
          dk <- svydesign(ids = ~1, weights = ~w, data = data.frame(w = wW[ix]))
          y <- trim_ref(dk, -Inf, 2.5 * mean(wW[ix]), TRUE); x[ix] <- y
          tr <- tr + attr(y, "trimmed"); ok <- ok && attr(y, "trimWeightsReturned")
        }
        note(p, call = "per district: trimWeights(svydesign(~1, weights = raked w), upper = 2.5 * district mean, strict = TRUE)",
             trimmed = tr, trimWeightsReturned = ok); x },
      trim_rerake = {
        t1 <- trim_ref(rake3, -Inf, U, TRUE)
        x <- weights(rake(svydesign(ids = ~1, weights = ~w, data = data.frame(d, w = as.vector(t1))),
                          list(~gender, ~age_group, ~commune), list(pg, pa, pc), control = ctl))
        rr <- ipf(as.vector(t1), m3); stopifnot(maxrel(rr, x) < 1e-9)
        note(p, call = "rake(trimWeights(rake3, upper = 2.5 * mean(w), strict = TRUE), same margins, control)",
             upper = U, trimmed = attr(t1, "trimmed"), trimWeightsReturned = attr(t1, "trimWeightsReturned"),
             sweeps = attr(rr, "iter"), maxMarginError = margin_error(x, m3)); x },
      groups = {
        sh <- c(citizen = 0.6, business = 0.25, official = 0.15)
        tot <- tapply(d$weight, d$district, sum)
        pop <- expand.grid(rtype = names(sh), district = names(tot), stringsAsFactors = FALSE)
        pop$Freq <- sh[pop$rtype] * tot[pop$district]
        x <- weights(postStratify(des, ~district + rtype, pop[, c("district", "rtype", "Freq")]))
        note(p, call = "postStratify(des, ~district + rtype, share x district sum of design weights)"); x },
      normalize = {
        n_h <- table(d$district); s_h <- tapply(wW, d$district, sum)
        note(p, call = "rake within district, then w * n_h / sum_h w"); wW * as.vector((n_h / s_h)[d$district]) },
      stop("no R reference for plan ", p))
    stopifnot(all(is.finite(w)), all(w > 0))
    W[[p]] <- w
    info[[p]]$overall <- kish(w)
    info[[p]]$byDistrict <- lapply(split(w, d$district), kish)
  }

  # raking stopped after 2 sweeps (rake's margins, no convergence): weights and largest margin error
  r2 <- d$weight; for (it in 1:2) for (mg in m3) { gi <- as.integer(mg$f); r2 <- r2 * (mg$target / tapply(r2, mg$f, sum))[gi] }
  stopped <- list(sweeps = 2, maxMarginError = margin_error(r2, m3))

  # weighted criterion shares (codes 4, 5 satisfied) per district and overall, on the within-district raking
  est <- NULL
  if ("rake_within" %in% plans) {
    dd <- d; for (q in paste0("q", 1:5)) dd[[paste0("P_", q)]] <- as.numeric(dd[[q]] >= 4)
    dR <- rake(svydesign(ids = ~1, weights = ~weight, data = dd), list(~district + commune, ~district + gender, ~district + age_group),
               list(pdc, pdg, pda), control = ctl)
    est <- list(design = "rake(~district+commune, ~district+gender, ~district+age_group); svymean(~P_q, na.rm = TRUE), svyby(~P_q, ~district, svymean, na.rm = TRUE)",
                overall = setNames(lapply(1:5, function(k) coef(svymean(as.formula(paste0("~P_q", k)), dR, na.rm = TRUE))[[1]]), paste0("q", 1:5)),
                byDistrict = setNames(lapply(sort(unique(d$district)), function(k) setNames(lapply(1:5, function(j) {
                  b <- svyby(as.formula(paste0("~P_q", j)), ~district, dR, svymean, na.rm = TRUE); b[b$district == k, 2] }), paste0("q", 1:5))),
                  sort(unique(d$district))))
  }

  out <- data.frame(id = d$id)
  for (p in names(W)) out[[p]] <- sprintf("%.17g", W[[p]])
  write.csv(out, file.path(dir, "reference-weights.csv"), row.names = FALSE, quote = FALSE)
  js <- list(R = R.version.string, survey = as.character(packageVersion("survey")), rows = nrow(d),
             plans = info, stoppedRaking = stopped, estimates = est)
  writeLines(toJSON(js, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null", na = "null"), file.path(dir, "reference.json"))
  cat(sprintf("%s: %d rows, %d plans\n", dir, nrow(d), length(plans)))
}

for (dir in commandArgs(trailingOnly = TRUE)) one_case(dir)
