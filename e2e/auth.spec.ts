import { expect, test } from "./fixtures";

test("an editor signs in with the form, works, and signs out", async ({ page, accounts }) => {
  const account = accounts.create("editor", "Wendy Writer");
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByText("Wendy Writer (editor)")).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/desk/claims");
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get("/api/v1/desk/events")).status()).toBe(401);
});

test("a wrong password is refused with a clear message", async ({ page, accounts }) => {
  const account = accounts.create("editor");
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not-the-password-at-all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login$/);
});

test("an account is locked after too many wrong passwords, even with the right one", async ({ page, accounts, baseURL }) => {
  const account = accounts.create("editor");
  for (let i = 0; i < 5; i++) {
    const r = await page.request.post("/api/auth/sign-in/email", {
      data: { email: account.email, password: `wrong-${i}-password` },
      headers: { origin: baseURL! },
    });
    expect(r.status()).toBe(401);
  }
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText(/locked/i);
  expect((await page.request.get("/api/v1/desk/events")).status()).toBe(401);
});

test("signing out everywhere ends the other sessions too", async ({ page, browser, accounts, baseURL }) => {
  const account = accounts.create("editor");
  const other = await browser.newContext({ baseURL });
  await accounts.signIn(other.request, account, baseURL!);
  await accounts.signIn(page.request, account, baseURL!);
  expect((await other.request.get("/api/v1/desk/events")).status()).toBe(200);
  await page.goto("/desk");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect((await other.request.get("/api/v1/desk/events")).status()).toBe(401);
  await other.close();
});

test("an editor cannot reach the admin pages; an admin can", async ({ page, editor, browser, accounts, baseURL }) => {
  void editor;
  await page.goto("/desk/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Admins only");
  await expect(page.getByRole("form", { name: "Add an account" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Accounts" })).toHaveCount(0);
  expect((await page.request.get("/api/v1/admin/users")).status()).toBe(403);
  const create = await page.request.post("/api/v1/admin/users", { data: { email: "sneaky@e2e.test", role: "admin" }, headers: { origin: baseURL! } });
  expect(create.status()).toBe(403);

  const adminContext = await browser.newContext({ baseURL });
  const admin = accounts.create("admin");
  await accounts.signIn(adminContext.request, admin, baseURL!);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/desk/admin/users");
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Accounts");
  await adminPage.getByLabel("Email").fill("new.editor@e2e.test");
  await adminPage.getByRole("button", { name: "Add account" }).click();
  await expect(adminPage.getByRole("status")).toContainText("One-time password");
  await expect(adminPage.getByRole("cell", { name: "new.editor@e2e.test" })).toBeVisible();
  await adminContext.close();
});

test("an editor creates an API token on their account page and a script uses it", async ({ page, editor, playwright, baseURL }) => {
  void editor;
  await page.goto("/desk/tokens");
  await page.getByLabel("Token name").fill("nightly import");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!;
  expect(token).toMatch(/^hst_/);
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await script.get("/api/v1/desk/events")).status()).toBe(200);
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  expect((await script.get("/api/v1/desk/events")).status()).toBe(401);
  await script.dispose();
});
