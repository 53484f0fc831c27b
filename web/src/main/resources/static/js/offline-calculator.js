// The loan calculator without a network, on the offline page. It follows the lending service's own rules
// (RepaymentSchedule and AnnualPercentageRate, docs/web.md) in exact integer arithmetic: amounts in minor units and
// rates as fractions of BigInts, never floating point, so it shows the cents the platform would.
(function () {
  'use strict';

  const form = document.getElementById('offline-calculator');
  if (!form) {
    return;
  }
  const lang = document.documentElement.lang || 'en-GB';
  const currency = form.dataset.currency;
  const digits = Number(form.dataset.fractionDigits);
  const unit = 10n ** BigInt(digits);

  /** A decimal string as a numerator over 10^decimals, or null when it is not a plain decimal number. */
  function decimal(text, maxDigits, maxDecimals) {
    const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text);
    if (!match || match[1].length > maxDigits || (match[2] && match[2].length > maxDecimals)) {
      return null;
    }
    const fraction = (match[2] || '').padEnd(maxDecimals, '0');
    return BigInt(match[1] + fraction);
  }

  /** numerator ÷ denominator rounded half-even (both not negative, the denominator positive). */
  function halfEven(numerator, denominator) {
    const quotient = numerator / denominator;
    const twice = 2n * (numerator % denominator);
    if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) {
      return quotient + 1n;
    }
    return quotient;
  }

  /** The schedule: a level payment P·r / (1 − (1 + r)^−n) with r = rate ÷ 1200, computed as an exact fraction. */
  function schedule(principal, rate, rateScale, months, firstDue) {
    const denominator = 1200n * rateScale; // the monthly rate is rate / denominator
    let payment;
    if (rate === 0n) {
      payment = halfEven(principal, BigInt(months));
    } else {
      const grown = (denominator + rate) ** BigInt(months);
      const base = denominator ** BigInt(months);
      payment = halfEven(principal * rate * grown, denominator * (grown - base));
    }
    const rows = [];
    let balance = principal;
    for (let n = 1; n <= months; n++) {
      const interest = halfEven(balance * rate, denominator);
      let part = payment - interest;
      if (part < 0n) part = 0n;
      if (part > balance) part = balance;
      if (n === months) part = balance;
      balance -= part;
      rows.push({ number: n, due: plusMonths(firstDue, n - 1), principal: part, interest, total: part + interest, balance });
    }
    return rows;
  }

  /** The APR: the yearly rate X at which the payments, discounted at (1 + X)^(−k/12), equal what was paid out. */
  function apr(paidOut, payments) {
    const one = 10n ** 30n;
    const presentValue = (monthly) => {
      let discount = one;
      let sum = 0n;
      for (const payment of payments) {
        discount = (discount * one) / monthly;
        sum += payment * discount;
      }
      return sum / one;
    };
    if (payments.reduce((a, b) => a + b, 0n) <= paidOut) {
      return '0.0';
    }
    let low = one; // the monthly factor (1 + X)^(1/12): 1 is X = 0
    let high = (one * 123n) / 100n; // above 1,000% a year
    while (high - low > 10n ** 14n) {
      const mid = (low + high) / 2n;
      if (presentValue(mid) > paidOut) {
        low = mid;
      } else {
        high = mid;
      }
    }
    let yearly = one;
    for (let i = 0; i < 12; i++) {
      yearly = (yearly * low) / one;
    }
    const tenths = halfEven((yearly - one) * 1000n, one);
    return (tenths / 10n).toString() + '.' + (tenths % 10n).toString();
  }

  function plusMonths(date, months) {
    const total = date.year * 12 + (date.month - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return new Date(Date.UTC(year, month - 1, Math.min(date.day, last)));
  }

  function money(minor) {
    const text = (minor / unit).toString() + (digits > 0 ? '.' + (minor % unit).toString().padStart(digits, '0') : '');
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(text);
  }

  function day(date) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }

  function showError(field, message) {
    const input = document.getElementById(field);
    const error = document.getElementById(field + '-error');
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    error.textContent = message || '';
    error.hidden = !message;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const principal = decimal(form.principal.value, 9, digits);
    const rate = decimal(form.annualRate.value, 3, 4);
    const months = /^\s*\d{1,3}\s*$/.test(form.termMonths.value) ? Number(form.termMonths.value) : 0;
    const dateMatch = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(form.firstDueDate.value);
    const firstDue = dateMatch && { year: Number(dateMatch[1]), month: Number(dateMatch[2]), day: Number(dateMatch[3]) };
    const validDate = firstDue && firstDue.month >= 1 && firstDue.month <= 12 && firstDue.day >= 1
      && firstDue.day <= new Date(Date.UTC(firstDue.year, firstDue.month, 0)).getUTCDate();
    showError('principal', principal === null || principal === 0n ? form.dataset.errorAmount : null);
    showError('annualRate', rate === null ? form.dataset.errorRate : null);
    showError('termMonths', months < 1 || months > 120 ? form.dataset.errorTerm : null);
    showError('firstDueDate', validDate ? null : form.dataset.errorDate);
    const result = document.getElementById('result');
    if (principal === null || principal === 0n || rate === null || months < 1 || months > 120 || !validDate) {
      result.hidden = true;
      return;
    }
    const rows = schedule(principal, rate, 10000n, months, firstDue);
    document.getElementById('monthly').textContent = money(rows[0].total);
    document.getElementById('apr').textContent = apr(principal, rows.map((r) => r.total)) + '%';
    document.getElementById('totalRepayable').textContent = money(rows.reduce((sum, r) => sum + r.total, 0n));
    const body = document.getElementById('schedule-rows');
    body.replaceChildren(...rows.map((r) => {
      const tr = document.createElement('tr');
      for (const cell of [String(r.number), day(r.due), money(r.principal), money(r.interest), money(r.total), money(r.balance)]) {
        const td = document.createElement('td');
        td.textContent = cell;
        tr.appendChild(td);
      }
      return tr;
    }));
    result.hidden = false;
  });
})();
