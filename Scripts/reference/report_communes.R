#!/usr/bin/env Rscript
# Reference for the report's per-district commune comparisons (GroupComparison.compareWithinUnits)
# on the Bình Định sample: each district's respondents alone, design weights 1, raked within the
# district to its commune populations and gender × age totals (what weighting/citizens.json does),
# then per question
#   Rao-Scott   svychisq(~commune + F_q, cal, statistic = "F") and statistic = "Chisq"
#   contrast    svycontrast(svytotal(~Ng + Dg + N_q + D_q, cal), quote(Ng/Dg - N_q/D_q)),
#               p = 2 * pt(-|est/SE|, degf(cal)), Holm over the district's communes
#   pooled      svymean(~P_q, cal, na.rm = TRUE) (the district's satisfied share)
# Where svychisq stops (sparse tables: "svychisqError"), the closed form with expected proportions.
# Usage: Rscript Scripts/reference/report_communes.R > Tests/ParSurveyTests/Fixtures/reports/communes-reference.json
suppressPackageStartupMessages({ library(survey); library(jsonlite) })
dir <- "Samples/binh-dinh-2021"
files <- list.files(file.path(dir, "citizens"), pattern = "\\.csv$", full.names = TRUE)
read1 <- function(f) {
  sep <- if (grepl(";", readLines(f, n = 1, encoding = "UTF-8"))) ";" else ","
  read.csv(f, sep = sep, stringsAsFactors = FALSE, na.strings = "", encoding = "UTF-8", check.names = FALSE,
           fileEncoding = "UTF-8-BOM", colClasses = "character")
}
d <- do.call(rbind, lapply(files, read1))
q <- fromJSON("Questionnaires/sipas-citizen.json", simplifyVector = FALSE)
opts <- q$scales[[1]]$options
codeOf <- function(x) {   # codes or vi labels (NFC or NFD) -> code
  x <- utf8::utf8_normalize(enc2utf8(as.character(x)))
  out <- rep(NA_character_, length(x))
  for (o in opts) out[!is.na(x) & (x == o$code | tolower(x) == tolower(utf8::utf8_normalize(o$label$vi)))] <- o$code
  out
}
qs <- paste0("q", 1:22)
for (v in qs) {
  c <- codeOf(d[[v]]); c[c == "9"] <- NA
  d[[paste0("P_", v)]] <- ifelse(is.na(c), NA, as.numeric(c %in% c("4", "5")))
  d[[paste0("N_", v)]] <- ifelse(is.na(c), 0, as.numeric(c %in% c("4", "5")))
  d[[paste0("D_", v)]] <- as.numeric(!is.na(c))
  d[[paste0("F_", v)]] <- factor(c)
}
pc <- read.csv(file.path(dir, "populations/communes.csv"), stringsAsFactors = FALSE, encoding = "UTF-8")
pg <- read.csv(file.path(dir, "populations/gender-age.csv"), stringsAsFactors = FALSE, encoding = "UTF-8")

district_design <- function(name) {
  x <- d[d$district == name, ]
  cs <- pc[pc$district == name, ]; gs <- pg[pg$district == name, ]
  gs$ga <- paste(gs$gender, gs$age_group, sep = "|")
  x$commune <- factor(x$commune, levels = cs$commune)
  x$ga <- factor(paste(x$gender, x$age_group, sep = "|"), levels = gs$ga)
  stopifnot(!anyNA(x$commune), !anyNA(x$ga))
  des <- svydesign(ids = ~1, weights = ~rep(1, nrow(x)), data = x)
  pop <- c(`(Intercept)` = sum(cs$total), setNames(cs$total[-1], paste0("commune", cs$commune[-1])),
           setNames(gs$total[-1], paste0("ga", gs$ga[-1])))
  calibrate(des, ~commune + ga, population = pop, calfun = "raking", epsilon = 1e-12, maxit = 100)
}

# The fallback for sparse tables where svychisq stops (copied from uncertainty.R): D = diag(the
# proportions expected under homogeneity) instead of diag(observed), as SAS PROC SURVEYFREQ.
rao_scott_closed <- function(des, by, q, expectedD) {
  rowsv <- des$variables[[by]]; colsv <- des$variables[[paste0("F_", q)]]
  nr <- length(unique(na.omit(rowsv))); nc <- length(unique(na.omit(colsv)))
  fsat <- as.formula(paste0("~interaction(factor(", by, "), factor(F_", q, "))-1"))
  mm <- model.matrix(fsat, model.frame(fsat, des$variables, na.action = na.pass))
  N <- nrow(mm)
  nu <- length(unique(des$cluster[, 1])) - length(unique(des$strata[, 1]))
  mean2 <- svymean(mm, des, na.rm = TRUE); V <- attr(mean2, "var"); p <- as.vector(mean2)
  mf1 <- expand.grid(rows = 1:nr, cols = 1:nc)
  X1 <- model.matrix(~factor(rows) + factor(cols), mf1); X12 <- model.matrix(~factor(rows) * factor(cols), mf1)
  Cm <- qr.resid(qr(X1), X12[, -(1:(nr + nc - 1)), drop = FALSE])
  P <- matrix(p, nr, nc); E <- as.vector(outer(rowSums(P), colSums(P)))
  Dv <- if (expectedD) E else p
  iD <- diag(ifelse(Dv == 0, 0, 1 / Dv))
  Delta <- solve(t(Cm) %*% (iD / N) %*% Cm, t(Cm) %*% iD %*% V %*% iD %*% Cm)
  X2 <- N * sum((p - E)^2 / E)
  tr <- sum(diag(Delta)); d0 <- tr^2 / sum(diag(Delta %*% Delta)); Fst <- X2 / tr
  list(pearsonX2 = X2, F = Fst, ndf = d0, ddf = d0 * nu, pF = pf(Fst, d0, d0 * nu, lower.tail = FALSE),
       chisqDf = ncol(Delta), pChisq = pchisq(X2 / (tr / ncol(Delta)), ncol(Delta), lower.tail = FALSE))
}

one_question <- function(cal, v) {
  f <- as.formula(paste0("~commune + F_", v))
  out <- list(question = v, df = degf(cal), rows = nrow(cal))
  r <- tryCatch({
    tf <- svychisq(f, cal, statistic = "F"); tc <- svychisq(f, cal, statistic = "Chisq")
    list(pearsonX2 = unname(tc$statistic), F = unname(tf$statistic), ndf = unname(tf$parameter[[1]]),
         ddf = unname(tf$parameter[[2]]), pF = tf$p.value, pChisq = tc$p.value)
  }, error = function(e) {
    r <- rao_scott_closed(cal, "commune", v, TRUE)
    list(svychisqError = conditionMessage(e), method = "expectedProportions", pearsonX2 = r$pearsonX2, F = r$F, ndf = r$ndf,
         ddf = r$ddf, pF = r$pF, pChisq = r$pChisq)
  })
  out <- c(out, r)
  out$pooled <- coef(svymean(as.formula(paste0("~P_", v)), cal, na.rm = TRUE))[[1]]
  v_c <- as.character(cal$variables$commune)
  gs <- unique(v_c[cal$variables[[paste0("D_", v)]] > 0])
  rows <- lapply(gs, function(g) {
    des2 <- update(cal, Ng = ifelse(v_c == g, get(paste0("N_", v)), 0), Dg = ifelse(v_c == g, get(paste0("D_", v)), 0))
    cc <- svycontrast(svytotal(as.formula(paste0("~Ng+Dg+N_", v, "+D_", v)), des2), parse(text = paste0("Ng/Dg - N_", v, "/D_", v))[[1]])
    est <- coef(cc)[[1]]; se <- SE(cc)[[1]]
    list(commune = g, difference = est, se = se, p = 2 * pt(-abs(est / se), degf(cal)))
  })
  holm <- p.adjust(vapply(rows, function(r) r$p, 0), "holm")
  for (k in seq_along(rows)) rows[[k]]$pHolm <- holm[[k]]
  out$communes <- rows
  out
}

# The chart of element E5 (q19-q22): every valid answer pooled, weighted share of each category
# per commune and for the whole district: sum over questions of svytable(~commune + F_q, cal).
pooled <- function(cal, qs) {
  tabs <- lapply(qs, function(v) {
    t <- svytable(as.formula(paste0("~commune + F_", v)), cal)
    t[, as.character(1:5)[as.character(1:5) %in% colnames(t)], drop = FALSE]
  })
  full <- matrix(0, nrow(tabs[[1]]), 5, dimnames = list(rownames(tabs[[1]]), as.character(1:5)))
  for (t in tabs) full[rownames(t), colnames(t)] <- full[rownames(t), colnames(t)] + t
  list(communes = lapply(rownames(full), function(g) list(commune = g, shares = unname(full[g, ] / sum(full[g, ])))),
       whole = unname(colSums(full) / sum(full)))
}

res <- lapply(c("Tây Sơn", "An Lão"), function(name) {
  cal <- district_design(name)
  list(district = name, questions = lapply(c("q1", "q3", "q5", "q11", "q20"), function(v) one_question(cal, v)),
       pooledE5 = pooled(cal, c("q19", "q20", "q21", "q22")))
})
cat(toJSON(res, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
