tc::tc_errors! {
    pub enum TkeError {
        "InternalError.Db" => "db error.",

        version "2022-05-01" { DescribeClusters => "InternalError.Db", }
        version "2018-05-25" { DescribeClusters => "", }
        version "2022-05-01" {}
        version "2018-02-30" {}
        version "v20180525" {}
    }
}

fn main() {}
