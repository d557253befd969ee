//! `upstairs serve | migrate | user create | openapi`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::accounts::users::service as accounts;

use crate::accounts::users::service::NewAccount;
use crate::config::Settings;
use crate::domain::Role;
use crate::platform::db;
use crate::platform::db::Id;
use crate::startup::{Application, redact};

#[derive(Parser)]
#[command(
    name = "upstairs",
    version,
    about = "REST API for leasing space in industry-upstairs parks"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server (pending migrations run first).
    Serve(Settings),
    /// Apply pending migrations and exit.
    Migrate {
        #[arg(long, env = "DATABASE_URL", default_value = "upstairs.db")]
        database_url: String,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Print the OpenAPI document.
    Openapi,
    /// Fill a database with generated data.
    Seed {
        #[command(subcommand)]
        command: SeedCommand,
    },
}

#[derive(Subcommand)]
enum SeedCommand {
    /// A believable portfolio for benchmarks: parks of five 12-storey towers,
    /// eight units a floor, a quarter of them leased. The same seed gives the
    /// same portfolio.
    Synthetic {
        /// How many units (rounded up to whole floors' worth at the end).
        #[arg(long, default_value_t = 100_000)]
        units: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, env = "DATABASE_URL", default_value = "upstairs.db")]
        database_url: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account; the password comes from UPSTAIRS_PASSWORD or a prompt.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = ["admin", "operator", "tenant"])]
        role: String,
        #[arg(long)]
        display_name: Option<String>,
        /// Required for tenant users.
        #[arg(long)]
        tenant_id: Option<Id>,
        #[arg(long, env = "DATABASE_URL", default_value = "upstairs.db")]
        database_url: String,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    crate::telemetry::init();
    let result = match cli.command {
        Command::Serve(settings) => serve(settings),
        Command::Migrate { database_url } => migrate(&database_url),
        Command::User {
            command:
                UserCommand::Create {
                    email,
                    role,
                    display_name,
                    tenant_id,
                    database_url,
                },
        } => create_user(&database_url, email, &role, display_name, tenant_id),
        Command::Seed {
            command:
                SeedCommand::Synthetic {
                    units,
                    seed,
                    database_url,
                },
        } => seed_synthetic(&database_url, units, seed),
        Command::Openapi => serde_json::to_string_pretty(&crate::startup::openapi_document())
            .map(|s| println!("{s}"))
            .map_err(Into::into),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(settings.clone()).await?;
        let backend = crate::platform::db::conn::Target::parse(&settings.database_url).backend();
        tracing::info!(
            port = app.port(),
            database = %redact(&settings.database_url),
            backend = backend.as_str(),
            "upstairs is listening on {}",
            settings.bind
        );
        app.run().await?;
        Ok(())
    })
}

fn seed_synthetic(database_url: &str, units: usize, seed: u64) -> anyhow::Result<()> {
    use std::io::{IsTerminal, Write};
    let pool = db::build_pool(database_url, 1)?;
    let mut conn = pool.get()?;
    db::migrate::run_pending(&mut conn)?;
    let started = std::time::Instant::now();
    let terminal = std::io::stderr().is_terminal();
    // The synthetic parks keep China Standard Time.
    let today = crate::platform::time::china_today();
    let done = crate::demo::synthetic::seed(&mut conn, units, seed, today, |s| {
        if terminal {
            eprint!(
                "\rseeded {} of {units} units ({} %) in {:.1} s",
                s.units,
                s.units * 100 / units.max(1),
                started.elapsed().as_secs_f64()
            );
            let _ = std::io::stderr().flush();
        }
    })
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    if terminal {
        eprintln!();
    }
    println!(
        "seeded {} parks, {} buildings, {} units, {} tenants, {} leases, {} applications and {} open offers in {:.1} s",
        done.parks,
        done.buildings,
        done.units,
        done.tenants,
        done.leases,
        done.applications,
        done.offers,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn migrate(database_url: &str) -> anyhow::Result<()> {
    let pool = db::build_pool(database_url, 1)?;
    let mut conn = pool.get()?;
    let n = db::migrate::run_pending(&mut conn)?;
    println!("applied {n} migration(s)");
    Ok(())
}

fn create_user(
    database_url: &str,
    email: String,
    role: &str,
    display_name: Option<String>,
    tenant_id: Option<Id>,
) -> anyhow::Result<()> {
    let role: Role = role.parse().map_err(|e: String| anyhow::anyhow!(e))?;
    if (role == Role::Tenant) != tenant_id.is_some() {
        anyhow::bail!("--tenant-id is required for tenant users and refused for the others");
    }
    let password = match std::env::var("UPSTAIRS_PASSWORD") {
        Ok(p) => p,
        Err(_) => rpassword::prompt_password("Password: ")?,
    };
    if password.chars().count() < crate::platform::auth::password::MIN_PASSWORD_CHARS {
        anyhow::bail!("the password must be at least 10 characters");
    }
    let pool = db::build_pool(database_url, 1)?;
    let mut conn = pool.get()?;
    db::migrate::run_pending(&mut conn)?;
    let hash = accounts::hash_password(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let account = NewAccount {
        display_name: display_name.unwrap_or_else(|| email.clone()),
        email,
        role,
        tenant_id,
    };
    let user =
        db::tx::in_write_transaction(&mut conn, |c| accounts::create_account(c, account, hash))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("created {} {} ({})", user.role, user.email, user.id);
    Ok(())
}
